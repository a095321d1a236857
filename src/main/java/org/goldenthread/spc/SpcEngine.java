package org.goldenthread.spc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;
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
        List<Measurement> measurements = series.measurements();
        Map<FinancialPeriod, String> ghosted = new HashMap<>();
        ghosts.forEach(ghost -> ghosted.put(ghost.period(), ghost.reason()));
        ImprovementDirection direction = ImprovementDirection.of(kpi.polarity());

        List<SpcPoint> points = new ArrayList<>();
        List<Partition> partitions = new ArrayList<>();
        for (List<Measurement> stretch : PartitionBoundaries.split(measurements, rebases)) {
            int number = partitions.size() + 1;
            List<Measurement> counted = stretch.stream().filter(m -> !ghosted.containsKey(m.period())).toList();
            if (counted.isEmpty()) {
                throw new IllegalArgumentException("every point from " + stretch.get(0).period().label()
                        + " is ghosted, which leaves that partition nothing to calculate from");
            }
            double[] values = counted.stream().mapToDouble(m -> m.value().doubleValue()).toArray();
            double mean = XmrCalculation.mean(values);
            Optional<ProcessLimits> limits = XmrCalculation.limits(values, options.screenOutliers());
            List<Optional<SpecialCause>> causes = SpecialCauseRules.classify(values, mean, limits, options);
            partitions.add(new Partition(number, stretch.get(0).period(),
                    PartitionBoundaries.reason(stretch.get(0), measurements, rebases), counted.size(), mean, limits));
            int next = 0;
            for (Measurement measurement : stretch) {
                boolean ghost = ghosted.containsKey(measurement.period());
                Optional<SpecialCause> cause = ghost ? Optional.empty() : causes.get(next++);
                points.add(new SpcPoint(measurement.period(), measurement.value().doubleValue(), number, mean,
                        limits, ghost, cause, ghost ? PointType.EXCLUDED : pointType(cause, direction)));
            }
        }
        return SpcSummary.of(kpi, points, partitions, target, direction, options);
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
