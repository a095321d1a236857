package org.goldenthread.spc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.goldenthread.measure.Band;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.TargetValue;

/** The icons for the latest point of a chart, and the sentences that explain them. */
final class SpcSummary {
    private final KpiDefinition kpi;
    private final SpcOptions options;

    private SpcSummary(KpiDefinition kpi, SpcOptions options) {
        this.kpi = kpi;
        this.options = options;
    }

    static SpcResult of(KpiDefinition kpi, List<SpcPoint> points, List<Partition> partitions,
                        Optional<Target> target, ImprovementDirection direction, SpcOptions options) {
        SpcSummary summary = new SpcSummary(kpi, options);
        if (points.isEmpty()) {
            return new SpcResult(points, partitions, Optional.empty(), Optional.empty(), false,
                    "No SPC chart: there are no figures yet.", "No assurance icon: there are no figures yet.");
        }
        Partition latest = partitions.get(partitions.size() - 1);
        if (latest.points() < options.minimumPoints()) {
            String since = latest.reason().map(why -> " since the new partition at " + latest.start().label() + ": "
                    + why).orElse(" since " + latest.start().label());
            String why = "Trial limits: fewer than " + options.minimumPoints() + " points (" + latest.points() + since
                    + "), so the limits will move with each new point and no variation icon is shown yet.";
            return new SpcResult(points, partitions, Optional.empty(), Optional.empty(), true, why,
                    "No assurance icon until there are " + options.minimumPoints() + " points.");
        }
        SpcPoint last = points.stream().filter(point -> !point.ghosted()).reduce((a, b) -> b).orElseThrow();
        Optional<AssuranceIcon> assurance = target.flatMap(t -> summary.assurance(t, latest, direction));
        return new SpcResult(points, partitions, Optional.of(VariationIcon.of(last.type(), direction)), assurance,
                false, new SpcExplanation(kpi).variation(points, last),
                summary.assuranceSentence(target, assurance, latest));
    }

    private Optional<AssuranceIcon> assurance(Target target, Partition latest, ImprovementDirection direction) {
        if (target instanceof Band band) {
            return Optional.of(latest.limits().map(limits -> bandAssurance(band, limits))
                    .orElse(AssuranceIcon.HIT_AND_MISS));
        }
        if (direction == ImprovementDirection.NEUTRAL) {
            return Optional.empty();
        }
        double value = ((TargetValue) target).value().doubleValue();
        if (latest.limits().isEmpty()) {
            return Optional.of(AssuranceIcon.HIT_AND_MISS);
        }
        ProcessLimits limits = latest.limits().get();
        boolean aboveUpper = beyond(value, limits.upl());
        boolean belowLower = beyond(limits.lpl(), value);
        boolean upIsGood = direction == ImprovementDirection.INCREASE;
        if (aboveUpper) {
            return Optional.of(upIsGood ? AssuranceIcon.CONSISTENT_FAIL : AssuranceIcon.CONSISTENT_PASS);
        }
        if (belowLower) {
            return Optional.of(upIsGood ? AssuranceIcon.CONSISTENT_PASS : AssuranceIcon.CONSISTENT_FAIL);
        }
        return Optional.of(AssuranceIcon.HIT_AND_MISS);
    }

    /** A band passes when both limits lie inside it, and fails when it lies wholly beyond one of them. */
    private AssuranceIcon bandAssurance(Band band, ProcessLimits limits) {
        double lower = band.lower().doubleValue();
        double upper = band.upper().doubleValue();
        if (beyond(limits.lpl(), lower) && beyond(upper, limits.upl())) {
            return AssuranceIcon.CONSISTENT_PASS;
        }
        if (beyond(limits.lpl(), upper) || beyond(lower, limits.upl())) {
            return AssuranceIcon.CONSISTENT_FAIL;
        }
        return AssuranceIcon.HIT_AND_MISS;
    }

    /** {@code a > b}, or {@code a >= b} when a target on a limit counts as beyond it. */
    private boolean beyond(double a, double b) {
        return options.targetOnLimitCounts() ? a >= b : a > b;
    }

    private String assuranceSentence(Optional<Target> target, Optional<AssuranceIcon> icon, Partition latest) {
        if (target.isEmpty()) {
            return "No assurance icon: there is no target.";
        }
        if (icon.isEmpty()) {
            return "No assurance icon: the KPI has no good direction to judge the target by.";
        }
        if (latest.limits().isEmpty()) {
            return icon.get().label() + ": the process limits cannot be worked out, as the figures do not vary, so "
                    + "there is no assurance that " + named(target.get()) + " will be met.";
        }
        ProcessLimits limits = latest.limits().get();
        String between = "the process limits (" + format(limits.lpl()) + " to " + format(limits.upl()) + ")";
        return icon.get().label() + ": " + (target.get() instanceof Band band
                ? bandReason(icon.get(), band, between, limits)
                : valueReason(icon.get(), named(target.get()), between)) + ".";
    }

    private String valueReason(AssuranceIcon icon, String target, String between) {
        return switch (icon) {
            case CONSISTENT_PASS -> target + " lies beyond " + between + " on the side of worse performance, so "
                    + "every expected figure meets it";
            case CONSISTENT_FAIL -> target + " lies beyond " + between + " on the side of better performance, so "
                    + "no expected figure meets it without a change to the process";
            case HIT_AND_MISS -> target + " lies within " + between + ", so it will be met in some periods and "
                    + "missed in others";
        };
    }

    private String bandReason(AssuranceIcon icon, Band band, String between, ProcessLimits limits) {
        String named = named(band);
        return switch (icon) {
            case CONSISTENT_PASS -> named + " holds " + between + ", so every expected figure falls inside it";
            case CONSISTENT_FAIL -> named + " lies wholly " + (band.lower().doubleValue() > limits.upl() ? "above "
                    : "below ") + between + ", so no expected figure falls inside it without a change to the process";
            case HIT_AND_MISS -> named + " overlaps " + between + ", so figures will fall inside it in some periods "
                    + "and outside it in others";
        };
    }

    private String named(Target target) {
        return target instanceof Band
                ? "the " + target.format(kpi.unit(), kpi.decimals()) + " band"
                : kpi.unit().asTarget(target.format(kpi.unit(), kpi.decimals()));
    }

    private String format(double value) {
        return kpi.unit().format(BigDecimal.valueOf(value), kpi.decimals());
    }
}
