package org.goldenthread.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.goldenthread.contract.ActionPlanView;
import org.goldenthread.contract.ExceptionView;
import org.goldenthread.contract.ScorecardRowView;
import org.goldenthread.contract.ScorecardView;
import org.goldenthread.contract.TileRequest;
import org.goldenthread.contract.TileView;
import org.goldenthread.contract.TilesView;
import org.goldenthread.measure.DataQuality;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Measurement;
import org.goldenthread.measure.Series;
import org.goldenthread.measure.TargetInForce;
import org.goldenthread.spc.SpcEngine;
import org.goldenthread.spc.SpcOptions;
import org.goldenthread.spc.SpcResult;
import org.goldenthread.status.RaisedException;
import org.goldenthread.store.ActionPlanStore;
import org.goldenthread.store.KpiBundle;
import org.goldenthread.store.KpiBundles;
import org.goldenthread.store.KpiRepository;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;

/** The reports pages and macros are built from: the scorecard, the exception report and KPI tiles. */
@AnonymousSiteAccess
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {
    /** How many released figures a tile's sparkline shows. */
    static final int SPARKLINE = 8;

    private final Access access;
    private final KpiReports reports;
    private final ActionPlanStore plans;
    private final KpiBundles bundles;
    private final KpiRepository kpis;
    private final Clock clock;
    private final SpcEngine spc = new SpcEngine(SpcOptions.STANDARD);

    @Inject
    public ReportResource(Repositories store, Callers callers) {
        this.access = new Access(callers, store.settings());
        this.reports = new KpiReports(new KpiLookup(store.kpis(), store.measurements()), store.targets(),
                store.clock(), store.settings().current().settings().ratingPolicy(), store.periodLocks());
        this.plans = store.actionPlans();
        this.bundles = store.bundles();
        this.kpis = store.kpis();
        this.clock = store.clock();
    }

    @GET
    @Path("scorecard")
    public ScorecardView scorecard(@Context SecurityContext security, @QueryParam("period") String period,
                                   @QueryParam("directorate") String directorate, @QueryParam("level") String level,
                                   @QueryParam("priority") String priority, @QueryParam("status") String status,
                                   @QueryParam("label") String label, @QueryParam("asPublished") String asPublished) {
        Caller caller = access.caller(security);
        Optional<FinancialPeriod> asked = Periods.asked(period);
        List<ScorecardRowView> rows = lines(caller, asked, AsPublished.parse(asPublished), directorate, level,
                priority, label).stream()
                .map(reports::row)
                .filter(row -> Filters.matches(status, row.status()))
                .toList();
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(row -> counts.merge(row.status() == null ? "NONE" : row.status(), 1, Integer::sum));
        return new ScorecardView(asked.map(FinancialPeriod::id).orElse(Periods.LATEST), rows, counts);
    }

    /** Off-target KPIs first (red, then amber), then the good exceptions, each with its action plans. */
    @GET
    @Path("exceptions")
    public List<ExceptionView> exceptions(@Context SecurityContext security, @QueryParam("period") String period,
                                          @QueryParam("directorate") String directorate,
                                          @QueryParam("asPublished") String asPublished) {
        Caller caller = access.caller(security);
        AsPublished view = AsPublished.parse(asPublished);
        LocalDate today = LocalDate.now(clock);
        List<ExceptionView> poor = new ArrayList<>();
        List<ExceptionView> good = new ArrayList<>();
        for (ReportLine line : lines(caller, Periods.asked(period), view, directorate, null, null, null)) {
            List<RaisedException> raised = reports.exceptions(line);
            List<String> concerns = raised.stream().filter(exception -> !exception.trigger().isGood())
                    .map(RaisedException::explanation).toList();
            List<String> news = raised.stream().filter(exception -> exception.trigger().isGood())
                    .map(RaisedException::explanation).toList();
            ScorecardRowView row = reports.row(line);
            if (KpiReports.offTarget(line) || !concerns.isEmpty()) {
                List<String> reasons = new ArrayList<>();
                if (row.explanation() != null && KpiReports.offTarget(line)) {
                    reasons.add(row.explanation());
                }
                reasons.addAll(concerns);
                poor.add(new ExceptionView(row, false, reasons, plans(row.key(), today)));
            } else if (!news.isEmpty()) {
                good.add(new ExceptionView(row, true, news, plans(row.key(), today)));
            }
        }
        poor.sort(Comparator.comparing(exception -> severity(exception.kpi().status())));
        List<ExceptionView> all = new ArrayList<>(poor);
        all.addAll(good);
        return all;
    }

    /** The tiles for many KPIs in one call, so a page of macros costs one request. */
    @POST
    @Path("tiles")
    @Consumes(MediaType.APPLICATION_JSON)
    public TilesView tiles(@Context SecurityContext security, TileRequest request) {
        Caller caller = access.caller(security);
        if (request.keys() == null || request.keys().isEmpty()) {
            throw ApiException.invalid("keys", "keys must name at least one KPI");
        }
        Optional<FinancialPeriod> asked = Periods.asked(request.period());
        AsPublished view = AsPublished.parse(request.asPublished());
        Map<String, KpiBundle> found = bundles.load(request.keys());
        List<TileView> tiles = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String key : request.keys()) {
            KpiBundle bundle = found.get(key);
            if (bundle == null || !caller.mayRead(bundle.kpi())) {
                unknown.add(key);
            } else {
                tiles.add(tile(reports.line(bundle, caller, asked, view), bundle));
            }
        }
        return new TilesView(tiles, unknown);
    }

    private TileView tile(ReportLine line, KpiBundle bundle) {
        KpiDefinition kpi = line.kpi().definition();
        List<Measurement> figures = line.released().measurements().stream()
                .filter(figure -> line.period().map(p -> figure.period().compareTo(p) <= 0).orElse(true)).toList();
        SpcResult chart = spc.chart(kpi, Series.of(figures),
                line.period().flatMap(line.targets()::targetFor).map(TargetInForce::target),
                bundle.rebases(), bundle.ghosts());
        List<TileView.SparkPoint> sparkline = figures.subList(Math.max(0, figures.size() - SPARKLINE), figures.size())
                .stream().map(figure -> new TileView.SparkPoint(figure.period().id(),
                        figure.value().toPlainString())).toList();
        return new TileView(reports.row(line), kpi.unit().name(),
                chart.variation().map(Enum::name).orElse(null), chart.variation().map(i -> i.label()).orElse(null),
                chart.variation().map(i -> i.letter()).orElse(null), chart.assurance().map(Enum::name).orElse(null),
                chart.assurance().map(i -> i.label()).orElse(null), chart.assurance().map(i -> i.letter()).orElse(null),
                sparkline, kpi.rationale(), kpi.owner(),
                line.figure().map(figure -> figure.dataQuality() != DataQuality.CONFIRMED).orElse(false));
    }

    /**
     * The lines of the KPIs that pass the filters. With a filter the definitions are read first, so only the KPIs kept
     * have the rest of their data read.
     */
    private List<ReportLine> lines(Caller caller, Optional<FinancialPeriod> asked, AsPublished view,
                                   String directorate, String level, String priority, String label) {
        Predicate<KpiDefinition> kept = kpi -> Filters.matches(directorate, kpi.directorate())
                && Filters.matches(level, kpi.level().name()) && Filters.matches(priority, kpi.priority())
                && Filters.matchesAny(label, kpi.labels());
        boolean filtered = Stream.of(directorate, level, priority, label).anyMatch(f -> f != null && !f.isBlank());
        Collection<KpiBundle> chosen = filtered
                ? bundles.load(kpis.all().stream().map(StoredKpi::definition).filter(kept)
                        .map(KpiDefinition::key).toList()).values()
                : bundles.all();
        return chosen.stream().filter(bundle -> caller.mayRead(bundle.kpi()))
                .map(bundle -> reports.line(bundle, caller, asked, view)).toList();
    }

    private List<ActionPlanView> plans(String key, LocalDate today) {
        return plans.forKpi(key).stream().map(plan -> ActionPlanViews.view(plan, today)).toList();
    }

    private static int severity(String status) {
        return switch (status == null ? "" : status) {
            case "RED", "NOT_MET" -> 0;
            case "AMBER" -> 1;
            default -> 2;
        };
    }
}
