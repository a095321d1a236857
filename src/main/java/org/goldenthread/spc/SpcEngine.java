package org.goldenthread.spc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.InvalidFieldsException;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Measurement;
import org.goldenthread.measure.Series;
import org.goldenthread.measure.Target;

/**
 * Making Data Count statistical process control for a KPI's series (DOT-04): XmR limits per partition, the
 * special-cause rules, point types by the KPI's polarity, and the variation and assurance icons for the latest point.
 *
 * <p>A partition starts at the first point, at the first point on or after each rebase, and wherever the definition
 * version changes (DOT-05). A ghosted point stays on the chart but is left out of everything: the mean, the moving
 * ranges (which then run between the points either side of it) and the rules.
 */
public final class SpcEngine {
    private final SpcOptions options;

    public SpcEngine(SpcOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The chart, judging assurance against {@code target}, the target in force for the latest period. */
    public SpcResult chart(KpiDefinition kpi, Series series, Optional<Target> target, List<Rebase> rebases,
                           List<Ghost> ghosts) {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(target, "target");
        List<Measurement> measurements = series.measurements();
        Map<FinancialPeriod, String> rebaseReasons = rebaseReasons(kpi, rebases);
        Map<FinancialPeriod, String> ghosted = ghostReasons(kpi, measurements, ghosts);
        ImprovementDirection direction = ImprovementDirection.of(kpi.polarity());

        List<SpcPoint> points = new ArrayList<>();
        List<Partition> partitions = new ArrayList<>();
        for (Stretches.Stretch stretch : Stretches.split(measurements, rebaseReasons)) {
            int number = partitions.size() + 1;
            double[] values = stretch.points().stream().filter(m -> !ghosted.containsKey(m.period()))
                    .mapToDouble(m -> m.value().doubleValue()).toArray();
            OptionalDouble mean = values.length == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(XmrCalculation.mean(values));
            XmrCalculation.MovingRanges movingRanges = XmrCalculation.movingRanges(values, options.screenOutliers());
            Optional<ProcessLimits> limits = mean.isEmpty() ? Optional.empty()
                    : XmrCalculation.limits(mean.getAsDouble(), movingRanges);
            List<Optional<SpecialCause>> causes = mean.isEmpty() ? List.of()
                    : SpecialCauseRules.classify(values, mean.getAsDouble(), limits, options);
            partitions.add(new Partition(number, stretch.points().get(0).period(), stretch.reason(), values.length,
                    mean, movingRanges.mean(), movingRanges.screenedOut(), limits));
            int next = 0;
            for (Measurement measurement : stretch.points()) {
                Optional<String> ghost = Optional.ofNullable(ghosted.get(measurement.period()));
                Optional<SpecialCause> cause = ghost.isPresent() ? Optional.empty() : causes.get(next++);
                points.add(new SpcPoint(measurement.period(), measurement.value().doubleValue(), number, mean,
                        limits, ghost, cause, ghost.isPresent() ? PointType.EXCLUDED : pointType(cause, direction)));
            }
        }
        return SpcSummary.of(kpi, points, partitions, target, direction, options);
    }

    private static Map<FinancialPeriod, String> rebaseReasons(KpiDefinition kpi, List<Rebase> rebases) {
        Map<FinancialPeriod, String> reasons = new HashMap<>();
        for (Rebase rebase : rebases) {
            String subject = "Invalid rebase of " + kpi.key() + " at " + rebase.from().label();
            if (rebase.from().frequency() != kpi.frequency()) {
                throw InvalidFieldsException.of(subject, "from", "must be a " + kpi.frequency().name()
                        + " period like the KPI's");
            }
            if (reasons.put(rebase.from(), rebase.reason()) != null) {
                throw InvalidFieldsException.of(subject, "from", "must be unique, but the chart is already rebased "
                        + "there");
            }
        }
        return reasons;
    }

    private static Map<FinancialPeriod, String> ghostReasons(KpiDefinition kpi, List<Measurement> measurements,
                                                             List<Ghost> ghosts) {
        Set<FinancialPeriod> measured = measurements.stream().map(Measurement::period).collect(Collectors.toSet());
        Map<FinancialPeriod, String> reasons = new HashMap<>();
        for (Ghost ghost : ghosts) {
            String subject = "Invalid ghosted point of " + kpi.key() + " at " + ghost.period().label();
            if (!measured.contains(ghost.period())) {
                throw InvalidFieldsException.of(subject, "period", "must be a period with a figure");
            }
            if (reasons.put(ghost.period(), ghost.reason()) != null) {
                throw InvalidFieldsException.of(subject, "period", "must be unique, but it is already ghosted");
            }
        }
        return reasons;
    }

    static PointType pointType(Optional<SpecialCause> cause, ImprovementDirection direction) {
        if (cause.isEmpty()) {
            return PointType.COMMON_CAUSE;
        }
        int way = cause.get().side() == Side.HIGH ? 1 : -1;
        if (direction == ImprovementDirection.NEUTRAL) {
            return way > 0 ? PointType.SPECIAL_CAUSE_NEITHER_HIGH : PointType.SPECIAL_CAUSE_NEITHER_LOW;
        }
        return way * direction.sign() > 0 ? PointType.SPECIAL_CAUSE_IMPROVEMENT : PointType.SPECIAL_CAUSE_CONCERN;
    }
}
