package org.goldenthread.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.goldenthread.contract.ChartNoteRequest;
import org.goldenthread.contract.ChartNoteView;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.store.ChartNotes;
import org.goldenthread.store.Repositories;

/**
 * {@code /kpis/{key}/chart-notes}: a KPI's SPC rebases and ghosted points and its trend-graph annotations. Anyone who
 * may read the KPI sees them; the performance team adds and removes them, each with its reason, and each change is in
 * the audit log.
 */
@AnonymousSiteAccess
@Path("/kpis/{key}/chart-notes")
@Produces(MediaType.APPLICATION_JSON)
public class ChartNoteResource {
    private final Access access;
    private final KpiLookup lookup;
    private final ChartNotes notes;

    @Inject
    public ChartNoteResource(Repositories store, Callers callers) {
        this.access = new Access(callers, store.settings());
        this.lookup = new KpiLookup(store.kpis(), store.measurements());
        this.notes = store.chartNotes();
    }

    @GET
    public List<ChartNoteView> notes(@Context SecurityContext security, @PathParam("key") String key) {
        Caller caller = access.caller(security);
        KpiDefinition kpi = lookup.kpi(key, caller).definition();
        List<ChartNoteView> views = new ArrayList<>();
        notes.rebases(kpi).forEach(rebase -> views.add(view(ChartNotes.Kind.REBASE, rebase.from(), rebase.reason())));
        notes.ghosts(kpi).forEach(ghost -> views.add(view(ChartNotes.Kind.GHOST, ghost.period(), ghost.reason())));
        notes.annotations(kpi).forEach(note -> views.add(view(ChartNotes.Kind.ANNOTATION, note.period(),
                note.text())));
        return views;
    }

    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Context SecurityContext security, @PathParam("key") String key, ChartNoteRequest request) {
        Caller caller = access.caller(security, Role.PERFORMANCE_TEAM, "Changing a KPI's chart notes");
        KpiDefinition kpi = lookup.kpi(key, caller).definition();
        if (request == null) {
            throw ApiException.invalid("kind", "kind is required: rebase, ghost or annotation");
        }
        ChartNotes.Kind kind = kind(request.kind());
        FinancialPeriod period = KpiResource.period("period", request.period(), kpi)
                .orElseThrow(() -> ApiException.invalid("period", "period is required, such as 2025/26 Q2"));
        notes.add(kpi, kind, period, request.note(), caller.userKey());
        return Response.status(201).entity(view(kind, period, request.note().strip())).build();
    }

    @DELETE
    @LicensedOnly
    @Path("/{kind}/{periodId}")
    public Response remove(@Context SecurityContext security, @PathParam("key") String key,
                           @PathParam("kind") String kind, @PathParam("periodId") String periodId,
                           @QueryParam("reason") String reason) {
        Caller caller = access.caller(security, Role.PERFORMANCE_TEAM, "Changing a KPI's chart notes");
        KpiDefinition kpi = lookup.kpi(key, caller).definition();
        FinancialPeriod period = KpiResource.period("periodId", periodId, kpi).orElseThrow();
        if (!notes.remove(kpi, kind(kind), period, reason, caller.userKey())) {
            throw ApiException.notFound(kpi.key() + " has no " + kind + " at " + period.label());
        }
        return Response.noContent().build();
    }

    private static ChartNotes.Kind kind(String text) {
        try {
            return ChartNotes.Kind.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("kind", "kind must be rebase, ghost or annotation, but is '" + text + "'");
        }
    }

    private static ChartNoteView view(ChartNotes.Kind kind, FinancialPeriod period, String note) {
        return new ChartNoteView(kind.name().toLowerCase(Locale.ROOT), period.id(), period.label(), note);
    }
}
