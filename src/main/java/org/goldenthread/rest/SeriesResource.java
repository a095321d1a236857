package org.goldenthread.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.goldenthread.benchmark.BenchmarkValue;
import org.goldenthread.benchmark.QuartilePosition;
import org.goldenthread.benchmark.Quartiles;
import org.goldenthread.contract.OverrideView;
import org.goldenthread.contract.SeriesView;
import org.goldenthread.measure.Band;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Measurement;
import org.goldenthread.measure.Series;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.TargetInForce;
import org.goldenthread.measure.TargetSchedule;
import org.goldenthread.measure.TargetValue;
import org.goldenthread.spc.SpcEngine;
import org.goldenthread.spc.SpcOptions;
import org.goldenthread.spc.SpcResult;
import org.goldenthread.status.Interval;
import org.goldenthread.status.RatingRequest;
import org.goldenthread.status.StatusAssessment;
import org.goldenthread.status.StatusRules;
import org.goldenthread.store.BenchmarkRepository;
import org.goldenthread.store.ChartNotes;
import org.goldenthread.store.CouncilSettings;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.store.StoredMeasurement;
import org.goldenthread.store.TargetRepository;

/**
 * {@code GET /kpis/{key}/series}: a KPI's trend graph data, over the figures the caller may see. A period's status is
 * the performance team's override where there is one, which the point says.
 */
@AnonymousSiteAccess
@Path("/kpis/{key}/series")
@Produces(MediaType.APPLICATION_JSON)
public class SeriesResource {
    /** Twenty years of months: more than any graph shows, and a bound on what one request may ask for. */
    static final int MAX_PERIODS = 240;

    private final Access access;
    private final KpiLookup lookup;
    private final TargetRepository targets;
    private final ChartNotes notes;
    private final BenchmarkRepository benchmarks;
    private final Clock clock;
    private final StatusRules rules;
    private final Optional<String> authorityCode;
    private final SpcEngine spc = new SpcEngine(SpcOptions.STANDARD);

    @Inject
    public SeriesResource(Repositories store, Callers callers) {
        this.access = new Access(callers, store.settings());
        this.lookup = new KpiLookup(store.kpis(), store.measurements());
        this.targets = store.targets();
        this.notes = store.chartNotes();
        this.benchmarks = store.benchmarks();
        this.clock = store.clock();
        CouncilSettings settings = store.settings().current().settings();
        this.rules = new StatusRules(settings.ratingPolicy());
        this.authorityCode = settings.authorityCode();
    }

    /** True if the figure is the council's own, which is not one of its comparators. */
    private boolean ours(BenchmarkValue value) {
        return authorityCode.filter(code -> code.equalsIgnoreCase(value.authority())).isPresent();
    }

    @GET
    public SeriesView series(@Context SecurityContext security, @PathParam("key") String key,
                             @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("asPublished") String asPublished) {
        Caller caller = access.caller(security);
        StoredKpi stored = lookup.kpi(key, caller);
        KpiDefinition kpi = stored.definition();
        List<StoredMeasurement> rows = lookup.releasedRows(stored, caller, AsPublished.parse(asPublished),
                clock.getZone());
        List<Measurement> released = rows.stream().flatMap(row -> row.measurement().stream()).toList();
        Optional<FinancialPeriod> first = KpiResource.period("from", from, kpi)
                .or(() -> released.stream().map(Measurement::period).findFirst());
        Optional<FinancialPeriod> last = KpiResource.period("to", to, kpi)
                .or(() -> released.stream().map(Measurement::period).reduce((a, b) -> b));
        List<FinancialPeriod> periods = periods(first, last);
        List<Measurement> shown = released.stream().filter(m -> periods.contains(m.period())).toList();
        Series series = Series.of(shown);
        TargetSchedule schedule = targets.schedule(kpi);
        Optional<Target> latestTarget = periods.isEmpty() ? Optional.empty()
                : schedule.targetFor(periods.get(periods.size() - 1)).map(TargetInForce::target);
        SpcResult chart = spc.chart(kpi, series, latestTarget, notes.rebases(kpi), notes.ghosts(kpi));
        LocalDate today = LocalDate.now(clock);
        return new SeriesView(kpi.key(), kpi.title(), kpi.unit().name(), kpi.decimals(), kpi.polarity().name(),
                periods.stream().map(period -> point(kpi, schedule, series, period, today,
                        rows.stream().filter(row -> row.period().equals(period)).findFirst())).toList(),
                SpcViews.view(kpi, chart), benchmarks(kpi),
                notes.annotations(kpi).stream().filter(note -> periods.contains(note.period()))
                        .map(note -> new SeriesView.AnnotationView(note.period().id(), note.text())).toList(),
                chart.partitions().stream().map(partition -> new SeriesView.PartitionView(partition.number(),
                        partition.start().id(), partition.reason().orElse(null))).toList());
    }

    private SeriesView.SeriesPoint point(KpiDefinition kpi, TargetSchedule schedule, Series series,
                                         FinancialPeriod period, LocalDate today, Optional<StoredMeasurement> row) {
        Optional<Measurement> figure = series.at(period);
        Optional<TargetInForce> inForce = schedule.targetFor(period);
        Optional<Target> target = inForce.map(TargetInForce::target);
        StatusAssessment status = rules.assess(RatingRequest.of(schedule, period, figure, today));
        Optional<Interval> green = status.thresholds().map(t -> t.green());
        Optional<Interval> amber = status.thresholds().map(t -> t.amber());
        Optional<OverrideView> override = row.flatMap(StoredMeasurement::override)
                .map(overridden -> CorrectionViews.override(overridden, status.status()));
        return new SeriesView.SeriesPoint(period.id(), period.label(),
                figure.map(m -> m.value().toPlainString()).orElse(null),
                figure.map(m -> kpi.unit().format(m.value(), kpi.decimals())).orElse(null),
                target.filter(TargetValue.class::isInstance).map(t -> ((TargetValue) t).value().toPlainString())
                        .orElse(null),
                target.filter(Band.class::isInstance).map(t -> ((Band) t).lower().toPlainString()).orElse(null),
                target.filter(Band.class::isInstance).map(t -> ((Band) t).upper().toPlainString()).orElse(null),
                KpiViews.targetDisplay(schedule, period),
                inForce.flatMap(TargetInForce::original).map(original -> KpiViews.format(kpi, original))
                        .orElse(null),
                green.flatMap(Interval::lower).map(BigDecimal::toPlainString).orElse(null),
                green.flatMap(Interval::upper).map(BigDecimal::toPlainString).orElse(null),
                amber.flatMap(Interval::lower).map(BigDecimal::toPlainString).orElse(null),
                amber.flatMap(Interval::upper).map(BigDecimal::toPlainString).orElse(null),
                override.map(OverrideView::status).orElse(status.status().name()), override.orElse(null),
                row.flatMap(StoredMeasurement::restatement)
                        .map(restatement -> CorrectionViews.restated(kpi, restatement, clock.getZone())).orElse(null));
    }

    private List<SeriesView.BenchmarkPoint> benchmarks(KpiDefinition kpi) {
        if (kpi.benchmarkIndicator().isEmpty()) {
            return List.of();
        }
        Map<FinancialPeriod, List<BenchmarkValue>> byPeriod = benchmarks.values(kpi.benchmarkIndicator().get())
                .stream().collect(Collectors.groupingBy(BenchmarkValue::period, TreeMap::new, Collectors.toList()));
        List<SeriesView.BenchmarkPoint> points = new ArrayList<>();
        byPeriod.forEach((period, values) -> {
            Optional<BigDecimal> own = values.stream().filter(this::ours).map(BenchmarkValue::value).findFirst();
            List<BigDecimal> comparators = values.stream().filter(value -> !ours(value))
                    .map(BenchmarkValue::value).toList();
            if (comparators.isEmpty()) {
                return;
            }
            Quartiles quartiles = Quartiles.of(comparators);
            points.add(new SeriesView.BenchmarkPoint(period.id(), period.label(),
                    quartiles.lower().toPlainString(), quartiles.median().toPlainString(),
                    quartiles.upper().toPlainString(), quartiles.count(),
                    own.map(BigDecimal::toPlainString).orElse(null),
                    own.flatMap(figure -> QuartilePosition.of(quartiles, figure, kpi.polarity()))
                            .map(Enum::name).orElse(null)));
        });
        return points;
    }

    private static List<FinancialPeriod> periods(Optional<FinancialPeriod> first, Optional<FinancialPeriod> last) {
        List<FinancialPeriod> periods = new ArrayList<>();
        if (first.isEmpty() || last.isEmpty()) {
            return periods;
        }
        if (first.get().compareTo(last.get()) > 0) {
            throw ApiException.invalid("from", "from must not be after to");
        }
        for (FinancialPeriod step = last.get(); step.compareTo(first.get()) >= 0; step = step.previous()) {
            if (periods.size() == MAX_PERIODS) {
                throw ApiException.invalid("from", "a series shows at most " + MAX_PERIODS + " periods");
            }
            periods.add(0, step);
        }
        return periods;
    }
}
