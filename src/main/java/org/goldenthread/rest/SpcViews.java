package org.goldenthread.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.goldenthread.contract.SpcPointView;
import org.goldenthread.contract.SpcView;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.spc.Partition;
import org.goldenthread.spc.ProcessLimits;
import org.goldenthread.spc.SpcPoint;
import org.goldenthread.spc.SpcResult;

/** An SPC chart as the API shows it: means and limits as decimal strings, icons by code, label and letter. */
final class SpcViews {
    /** Means and limits are not figures anyone entered; two places beyond the KPI's own are plenty. */
    private static final int EXTRA_PLACES = 2;

    private SpcViews() {
    }

    static SpcView view(KpiDefinition kpi, SpcResult chart) {
        int places = kpi.decimals() + EXTRA_PLACES;
        Optional<Partition> latest = chart.partitions().isEmpty() ? Optional.empty()
                : Optional.of(chart.partitions().get(chart.partitions().size() - 1));
        Optional<ProcessLimits> limits = latest.flatMap(Partition::limits);
        return new SpcView(chart.points().stream().map(point -> point(point, places)).toList(),
                chart.partitions().stream().map(partition -> partition(partition, places)).toList(),
                latest.map(partition -> number(partition.mean(), places)).orElse(null),
                line(limits, ProcessLimits::upl, places), line(limits, ProcessLimits::lpl, places),
                chart.variation().map(Enum::name).orElse(null),
                chart.variation().map(icon -> icon.label()).orElse(null),
                chart.variation().map(icon -> icon.letter()).orElse(null),
                chart.assurance().map(Enum::name).orElse(null),
                chart.assurance().map(icon -> icon.label()).orElse(null),
                chart.assurance().map(icon -> icon.letter()).orElse(null),
                chart.trialLimits(), chart.explanation(), chart.assuranceExplanation());
    }

    private static SpcPointView point(SpcPoint point, int places) {
        Optional<ProcessLimits> limits = point.limits();
        return new SpcPointView(point.period().id(), number(point.value(), places), point.partition(),
                number(point.mean(), places), line(limits, ProcessLimits::upl, places),
                line(limits, ProcessLimits::lpl, places), line(limits, ProcessLimits::upperTwoSigma, places),
                line(limits, ProcessLimits::lowerTwoSigma, places), line(limits, ProcessLimits::upperOneSigma, places),
                line(limits, ProcessLimits::lowerOneSigma, places), point.ghosted(),
                point.ghostReason().orElse(null), point.type().name(),
                point.cause().map(cause -> cause.rule().name()).orElse(null));
    }

    private static SpcView.PartitionView partition(Partition partition, int places) {
        return new SpcView.PartitionView(partition.number(), partition.start().id(), partition.reason().orElse(null),
                partition.points(), number(partition.mean(), places), number(partition.meanMovingRange(), places),
                partition.movingRangesScreenedOut(), line(partition.limits(), ProcessLimits::upl, places),
                line(partition.limits(), ProcessLimits::lpl, places));
    }

    private static String line(Optional<ProcessLimits> limits, ToDoubleFunction<ProcessLimits> line, int places) {
        return limits.map(l -> number(line.applyAsDouble(l), places)).orElse(null);
    }

    private static String number(OptionalDouble value, int places) {
        return value.isPresent() ? number(value.getAsDouble(), places) : null;
    }

    private static String number(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
