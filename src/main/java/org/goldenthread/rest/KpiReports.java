package org.goldenthread.rest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.contract.DirectionView;
import org.goldenthread.contract.PeriodStatusView;
import org.goldenthread.contract.ScorecardRowView;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Series;
import org.goldenthread.measure.TargetSchedule;
import org.goldenthread.status.ChangeMargin;
import org.goldenthread.status.DirectionOfTravel;
import org.goldenthread.status.ExceptionCheck;
import org.goldenthread.status.ExceptionRules;
import org.goldenthread.status.PeriodOutcome;
import org.goldenthread.status.RaisedException;
import org.goldenthread.status.RatingPolicy;
import org.goldenthread.status.RatingRequest;
import org.goldenthread.status.StatusRules;
import org.goldenthread.store.KpiBundle;
import org.goldenthread.store.PeriodLocks;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.store.StoredMeasurement;
import org.goldenthread.store.TargetRepository;

/**
 * Works out report lines: for an asked period, each KPI's own period that holds its last day (a monthly KPI's March
 * for a quarter ending in March); with none asked, each KPI's latest published period.
 */
final class KpiReports {
    private final KpiLookup lookup;
    private final TargetRepository targets;
    private final KpiViews views;
    private final Clock clock;
    private final StatusRules rules;
    private final DirectionOfTravel travel = new DirectionOfTravel(ChangeMargin.EXACT);
    private final ExceptionCheck exceptions = new ExceptionCheck(ExceptionRules.STANDARD);

    private final PeriodLocks locks;
    /** Whether each period asked about so far is closed: a report asks about few periods, and about each often. */
    private final Map<FinancialPeriod, Boolean> closed = new HashMap<>();

    KpiReports(KpiLookup lookup, TargetRepository targets, Clock clock, RatingPolicy policy, PeriodLocks locks) {
        this.lookup = lookup;
        this.targets = targets;
        this.views = new KpiViews(clock, policy);
        this.clock = clock;
        this.rules = new StatusRules(policy);
        this.locks = locks;
    }

    ReportLine line(StoredKpi kpi, Caller caller, Optional<FinancialPeriod> asked) {
        return line(kpi, lookup.periods(kpi), targets.schedule(kpi.definition()), caller, asked, AsPublished.NOW);
    }

    /** The line from a KPI's bundle, read with many others' in a few queries, showing the figures {@code view} does. */
    ReportLine line(KpiBundle bundle, Caller caller, Optional<FinancialPeriod> asked, AsPublished view) {
        return line(bundle.kpi(), bundle.periods(), bundle.targets(), caller, asked, view);
    }

    private ReportLine line(StoredKpi kpi, List<StoredMeasurement> periods, TargetSchedule schedule, Caller caller,
                            Optional<FinancialPeriod> asked, AsPublished view) {
        KpiDefinition definition = kpi.definition();
        ZoneId zone = clock.getZone();
        List<StoredMeasurement> released = periods.stream().filter(row -> view.shows(row, zone))
                .filter(row -> FigureRelease.visible(caller, definition, row.updateState())).map(view::figure)
                .toList();
        Series series = Series.of(released.stream().flatMap(row -> row.measurement().stream()).toList());
        Optional<FinancialPeriod> period = asked.isPresent()
                ? asked.map(p -> FinancialPeriod.containing(definition.frequency(), p.end()))
                : released.stream().filter(row -> view.released(row, zone))
                        .filter(row -> row.value().isPresent()).map(StoredMeasurement::period)
                        .reduce((earlier, later) -> later);
        if (period.isEmpty()) {
            return new ReportLine(kpi, schedule, series, period, Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of());
        }
        Optional<StoredMeasurement> figure = released.stream()
                .filter(row -> row.period().equals(period.get())).findFirst();
        boolean withheld = figure.isEmpty() && periods.stream().anyMatch(row -> row.period().equals(period.get()));
        if (withheld) {
            return new ReportLine(kpi, schedule, series, period, Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of());
        }
        List<String> steps = view != AsPublished.NOW ? List.of()
                : UpdateSteps.open(caller, definition, figure, closed.computeIfAbsent(period.get(), locks::isClosed));
        PeriodStatusView status = views.status(schedule, period.get(), figure);
        return new ReportLine(kpi, schedule, series, period, figure, Optional.of(status),
                Optional.of(travel.travel(schedule, series, period.get())), steps);
    }

    /** The exception triggers that fire for the line's figure; none for a line without one. */
    List<RaisedException> exceptions(ReportLine line) {
        return line.status().isPresent()
                ? exceptions.raised(history(line.targets(), line.released(), line.period().orElseThrow()))
                : List.of();
    }

    ScorecardRowView row(ReportLine line) {
        KpiDefinition kpi = line.kpi().definition();
        Optional<FinancialPeriod> period = line.period();
        Optional<StoredMeasurement> figure = line.figure();
        Optional<BigDecimal> value = figure.flatMap(StoredMeasurement::value);
        return new ScorecardRowView(kpi.key(), kpi.title(), kpi.directorate(), kpi.level().name(), kpi.priority(),
                period.map(FinancialPeriod::id).orElse(null), period.map(FinancialPeriod::label).orElse(null),
                value.map(BigDecimal::toPlainString).orElse(null),
                value.map(v -> kpi.unit().format(v, kpi.decimals())).orElse(null),
                period.map(p -> KpiViews.targetDisplay(line.targets(), p)).orElse(null),
                line.status().map(PeriodStatusView::status).orElse(null),
                line.status().map(PeriodStatusView::label).orElse(null),
                line.status().map(PeriodStatusView::explanation).orElse("No figure has been published yet"),
                line.travel().map(t -> new DirectionView(t.previous().direction().name(),
                        t.lastYear().direction().name())).orElse(null),
                figure.map(f -> f.dataQuality().name()).orElse(null),
                figure.map(f -> f.entry().commentary()).orElse(null),
                figure.map(StoredMeasurement::updateState).orElse(null),
                figure.map(StoredMeasurement::editVersion).orElse(null),
                line.status().map(PeriodStatusView::restated).orElse(null),
                line.status().map(PeriodStatusView::override).orElse(null), line.steps());
    }

    /** The run of periods up to {@code period} that the exception triggers look back over, oldest first. */
    List<PeriodOutcome> history(TargetSchedule schedule, Series series, FinancialPeriod period) {
        List<FinancialPeriod> run = new ArrayList<>();
        FinancialPeriod step = period;
        for (int i = 0; i <= ExceptionRules.MAX_PERIODS; i++) {
            run.add(0, step);
            step = step.previous();
        }
        LocalDate today = LocalDate.now(clock);
        return run.stream().map(p -> new PeriodOutcome(p,
                rules.assess(RatingRequest.of(schedule, p, series.at(p), today)),
                travel.travel(schedule, series, p).previous())).toList();
    }

    /** Whether the line's status is one the exception report leads with. */
    static boolean offTarget(ReportLine line) {
        return line.status().map(PeriodStatusView::status)
                .filter(status -> status.equals("RED") || status.equals("AMBER") || status.equals("NOT_MET"))
                .isPresent();
    }
}
