package org.goldenthread.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.measure.AnnualTarget;
import org.goldenthread.measure.DataQuality;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.FinancialYear;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Measurement;
import org.goldenthread.measure.SampleKpis;
import org.goldenthread.measure.Series;
import org.goldenthread.measure.TargetSchedule;

/** A KPI's outcomes over consecutive periods, worked out by the real status and direction-of-travel rules. */
public final class History {
    private static final LocalDate LONG_AFTER = LocalDate.of(2040, 1, 1);

    private History() {
    }

    /**
     * Outcomes for consecutive periods from {@code first}, one per figure ("" for a missing one), judged against the
     * same target every year.
     */
    public static List<PeriodOutcome> of(KpiDefinition kpi, String target, String first, String... figures) {
        List<FinancialPeriod> periods = new ArrayList<>();
        List<Measurement> measurements = new ArrayList<>();
        FinancialPeriod period = FinancialPeriod.parse(first, kpi.frequency());
        for (String figure : figures) {
            periods.add(period);
            if (!figure.isEmpty()) {
                measurements.add(new Measurement(period, new BigDecimal(figure),
                        DataQuality.CONFIRMED, 1));
            }
            period = next(period);
        }
        List<AnnualTarget> targets = new ArrayList<>();
        for (int year = periods.get(0).year().startYear(); year <= period.year().startYear(); year++) {
            targets.add(AnnualTarget.of(FinancialYear.startingIn(year), SampleKpis.target(target)));
        }
        TargetSchedule schedule = TargetSchedule.of(kpi, targets, List.of());
        Series series = Series.of(measurements);
        StatusRules rules = new StatusRules(RatingPolicy.STANDARD);
        DirectionOfTravel travel = new DirectionOfTravel(ChangeMargin.EXACT);
        List<PeriodOutcome> outcomes = new ArrayList<>();
        for (FinancialPeriod each : periods) {
            StatusAssessment status = rules.assess(RatingRequest.of(schedule, each, series.at(each), LONG_AFTER));
            outcomes.add(new PeriodOutcome(each, status, travel.travel(schedule, series, each).previous()));
        }
        return outcomes;
    }

    private static FinancialPeriod next(FinancialPeriod period) {
        int perYear = period.frequency().periodsPerYear();
        return period.number() < perYear
                ? FinancialPeriod.of(period.frequency(), period.year(), period.number() + 1)
                : FinancialPeriod.of(period.frequency(), FinancialYear.startingIn(period.year().startYear() + 1), 1);
    }
}
