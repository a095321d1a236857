package org.goldenthread.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import org.goldenthread.contract.SpcView;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Measurement;
import org.goldenthread.measure.Series;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.TargetInForce;
import org.goldenthread.spc.SpcEngine;
import org.goldenthread.spc.SpcOptions;
import org.goldenthread.store.ChartNotes;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.store.TargetRepository;

/**
 * {@code GET /kpis/{key}/spc}: the KPI's Making Data Count chart over the figures the caller may see, with its stored
 * rebases and ghosted points, and assurance judged against the target in force for the latest point.
 */
@AnonymousSiteAccess
@Path("/kpis/{key}/spc")
@Produces(MediaType.APPLICATION_JSON)
public class SpcResource {
    private final Access access;
    private final KpiLookup lookup;
    private final TargetRepository targets;
    private final ChartNotes notes;
    private final SpcEngine engine = new SpcEngine(SpcOptions.STANDARD);

    @Inject
    public SpcResource(Repositories store, Callers callers) {
        this.access = new Access(callers, store.settings());
        this.lookup = new KpiLookup(store.kpis(), store.measurements());
        this.targets = store.targets();
        this.notes = store.chartNotes();
    }

    @GET
    public SpcView spc(@Context SecurityContext security, @PathParam("key") String key) {
        Caller caller = access.caller(security);
        StoredKpi stored = lookup.kpi(key, caller);
        KpiDefinition kpi = stored.definition();
        Series series = lookup.released(stored, caller);
        List<Measurement> figures = series.measurements();
        Optional<Target> target = figures.isEmpty() ? Optional.empty()
                : targets.schedule(kpi).targetFor(figures.get(figures.size() - 1).period()).map(TargetInForce::target);
        return SpcViews.view(kpi, engine.chart(kpi, series, target, notes.rebases(kpi), notes.ghosts(kpi)));
    }
}
