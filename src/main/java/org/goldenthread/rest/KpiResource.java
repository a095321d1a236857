package org.goldenthread.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.goldenthread.contract.ActionPlanView;
import org.goldenthread.contract.AuditEntry;
import org.goldenthread.contract.AuditPage;
import org.goldenthread.contract.KpiChangeRequest;
import org.goldenthread.contract.KpiDetail;
import org.goldenthread.contract.KpiSummary;
import org.goldenthread.contract.MeasurementRow;
import org.goldenthread.contract.PeriodStatusView;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.status.RatingPolicy;
import org.goldenthread.store.ActionPlanStore;
import org.goldenthread.store.AuditTrail;
import org.goldenthread.store.KpiRepository;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.store.StoredMeasurement;
import org.goldenthread.store.TargetRepository;

/** {@code /kpis}: the KPI list, one KPI's definition, its series, status, action plans and audit log. */
@AnonymousSiteAccess
@Path("/kpis")
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {
    static final int AUDIT_PAGE_SIZE = 50;

    private final Access access;
    private final KpiLookup lookup;
    private final KpiRepository kpis;
    private final TargetRepository targets;
    private final AuditTrail audit;
    private final ActionPlanStore plans;
    private final Clock clock;
    private final KpiViews views;
    private final KpiReports reports;

    @Inject
    public KpiResource(Repositories store, Callers callers) {
        this.access = new Access(callers, store.settings());
        this.kpis = store.kpis();
        this.lookup = new KpiLookup(kpis, store.measurements());
        this.targets = store.targets();
        this.audit = store.audit();
        this.plans = store.actionPlans();
        this.clock = store.clock();
        RatingPolicy policy = store.settings().current().settings().ratingPolicy();
        this.views = new KpiViews(store.clock(), policy);
        this.reports = new KpiReports(lookup, targets, store.clock(), policy, store.periodLocks());
    }

    /** The KPIs, filtered; {@code status} is each KPI's status at {@code period} (default: its latest published). */
    @GET
    public List<KpiSummary> list(@Context SecurityContext security, @QueryParam("directorate") String directorate,
                                 @QueryParam("level") String level, @QueryParam("priority") String priority,
                                 @QueryParam("status") String status, @QueryParam("label") String label,
                                 @QueryParam("period") String period) {
        Caller caller = caller(security);
        Optional<FinancialPeriod> asked = Periods.asked(period);
        return kpis.all().stream()
                .filter(caller::mayRead)
                .filter(kpi -> Filters.matches(directorate, kpi.definition().directorate()))
                .filter(kpi -> Filters.matches(level, kpi.definition().level().name()))
                .filter(kpi -> Filters.matches(priority, kpi.definition().priority()))
                .filter(kpi -> Filters.matchesAny(label, kpi.definition().labels()))
                .filter(kpi -> status == null || status.isBlank() || Filters.matches(status,
                        reports.line(kpi, caller, asked).status().map(PeriodStatusView::status).orElse("")))
                .map(kpi -> KpiViews.summary(kpi.definition())).toList();
    }

    @GET
    @Path("/{key}")
    public KpiDetail detail(@Context SecurityContext security, @PathParam("key") String key) {
        Caller caller = caller(security);
        StoredKpi stored = lookup.kpi(key, caller);
        Optional<StoredMeasurement> latest = lookup.periods(stored).stream()
                .filter(figure -> figure.value().isPresent()).reduce((first, second) -> second);
        return views.detail(stored, targets.schedule(stored.definition()), latest, caller);
    }

    /**
     * Changes the KPI's definition, made to the version the caller saw, with a reason; a change to what is measured
     * starts a new definition version. Answers the KPI as changed.
     */
    @PUT
    @LicensedOnly
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public KpiDetail change(@Context SecurityContext security, @PathParam("key") String key,
                            KpiChangeRequest change) {
        Caller caller = access.caller(security, Role.PERFORMANCE_TEAM, "Changing a KPI's definition");
        StoredKpi stored = lookup.kpi(key, caller);
        if (change == null) {
            throw ApiException.invalid("version", "version is required: the version of the KPI you changed");
        }
        KpiDefinition changed = DefinitionChange.apply(stored.definition(), change);
        kpis.update(changed, change.version(), change.reason().strip(), caller.userKey());
        return detail(security, key);
    }

    @GET
    @Path("/{key}/measurements")
    public List<MeasurementRow> measurements(@Context SecurityContext security, @PathParam("key") String key,
                                             @QueryParam("from") String from, @QueryParam("to") String to) {
        Caller caller = caller(security);
        StoredKpi stored = lookup.kpi(key, caller);
        KpiDefinition kpi = stored.definition();
        Optional<FinancialPeriod> first = period("from", from, kpi);
        Optional<FinancialPeriod> last = period("to", to, kpi);
        List<StoredMeasurement> series = lookup.periods(stored).stream()
                .filter(figure -> first.map(start -> figure.period().compareTo(start) >= 0).orElse(true))
                .filter(figure -> last.map(end -> figure.period().compareTo(end) <= 0).orElse(true))
                .toList();
        return views.rows(targets.schedule(kpi), series, caller);
    }

    /** The period's status; without a period, or with {@code latest}, the latest published period's. */
    @GET
    @Path("/{key}/status")
    public PeriodStatusView status(@Context SecurityContext security, @PathParam("key") String key,
                                   @QueryParam("period") String period) {
        Caller caller = caller(security);
        StoredKpi stored = lookup.kpi(key, caller);
        KpiDefinition kpi = stored.definition();
        List<StoredMeasurement> periods = lookup.periods(stored);
        FinancialPeriod asked = period == null || period.isBlank() || period.strip().equalsIgnoreCase(Periods.LATEST)
                ? latestPublished(periods).orElseThrow(() -> ApiException.notFound(key + " has no published "
                        + "figure yet"))
                : period("period", period, kpi).orElseThrow();
        Optional<StoredMeasurement> figure = periods.stream().filter(row -> row.period().equals(asked)).findFirst();
        if (figure.isPresent() && !FigureRelease.visible(caller, kpi, figure.get().updateState())) {
            return new PeriodStatusView(kpi.key(), asked.id(), asked.label(), null, null, null, "The " + asked.label()
                    + " figure is not yet released", false, null, null, null);
        }
        return views.status(targets.schedule(kpi), asked, figure);
    }

    @GET
    @Path("/{key}/action-plans")
    public List<ActionPlanView> actionPlans(@Context SecurityContext security, @PathParam("key") String key) {
        Caller caller = caller(security);
        StoredKpi kpi = lookup.kpi(key, caller);
        LocalDate today = LocalDate.now(clock);
        return plans.forKpi(kpi.definition().key()).stream().map(plan -> ActionPlanViews.view(plan, today)).toList();
    }

    @GET
    @Path("/{key}/audit")
    public AuditPage audit(@Context SecurityContext security, @PathParam("key") String key,
                           @QueryParam("page") @DefaultValue("1") int page) {
        Caller caller = caller(security);
        KpiDefinition kpi = lookup.kpi(key, caller).definition();
        if (!caller.isStaff()) {
            throw new ApiException(403, "forbidden", null, "The audit log of " + key + " is for council staff");
        }
        if (page < 1) {
            throw ApiException.invalid("page", "page must be 1 or more, but is " + page);
        }
        List<AuditEntry> events = audit.page(kpi.key(), (page - 1) * AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE).stream()
                .map(AuditEntries::entry).toList();
        return new AuditPage(page, AUDIT_PAGE_SIZE, audit.count(kpi.key()), events);
    }

    private Caller caller(SecurityContext security) {
        return access.caller(security);
    }

    private static Optional<FinancialPeriod> latestPublished(List<StoredMeasurement> periods) {
        return periods.stream().filter(row -> row.updateState().equals(FigureRelease.PUBLISHED))
                .filter(row -> row.value().isPresent()).map(StoredMeasurement::period).reduce((a, b) -> b);
    }

    static Optional<FinancialPeriod> period(String parameter, String text, KpiDefinition kpi) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(FinancialPeriod.parse(text, kpi.frequency()));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(parameter, parameter + ": " + e.getMessage());
        }
    }
}
