package org.goldenthread.status;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.goldenthread.measure.Band;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.TargetValue;
import org.goldenthread.measure.Tolerance;

/**
 * The one sentence that says why a period has its status, in words a councillor can read, using only figures as they
 * are displayed: "Red: 61.2% is 6.8 points below the 68.0% target; amber allows up to 3.4 points (5% of target)."
 */
final class StatusExplanation {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private StatusExplanation() {
    }

    /** Every status is a case of its own, with no default, so a new status cannot compile without its sentence. */
    static String of(Status status, RatingInputs in, Optional<Thresholds> thresholds) {
        String period = in.period().label();
        String reason = switch (status) {
            case NOT_DUE -> "the " + period + " figure is due by " + DAY.format(in.dueDate());
            case MISSING -> "the " + period + " figure was due by " + DAY.format(in.dueDate())
                    + " and has not been entered";
            case SUSPENDED -> "rating is suspended for " + period + " (" + in.suspension().orElseThrow() + ")"
                    + suspendedFigures(in);
            case CONTEXT -> shown(in) + " is shown for context and not rated, as this is a context-only measure";
            case NO_TARGET -> shown(in) + " is reported as data only, with no target for " + period;
            case GREEN, AMBER, RED, MET, NOT_MET -> judgement(status, in, thresholds.orElseThrow());
        };
        return status.label() + ": " + reason + ".";
    }

    private static String suspendedFigures(RatingInputs in) {
        String target = in.target().map(t -> targetName(in, t)).orElse("");
        if (in.shown().isPresent()) {
            return "; " + shown(in) + (target.isEmpty() ? " is shown" : " is shown against " + target)
                    + " for information";
        }
        return target.isEmpty() ? "" : "; " + target + " is shown for information";
    }

    private static String judgement(Status status, RatingInputs in, Thresholds thresholds) {
        BigDecimal shown = in.shown().orElseThrow();
        String comparison = shown(in) + " " + comparison(in, in.target().orElseThrow(), shown);
        return switch (status) {
            case AMBER, RED -> comparison + "; " + allowance(in, thresholds, shown);
            case NOT_MET -> comparison + "; a compliance measure has no tolerance";
            default -> comparison;
        };
    }

    private static String comparison(RatingInputs in, Target target, BigDecimal shown) {
        BigDecimal gap;
        if (target instanceof Band band) {
            gap = shown.compareTo(band.lower()) < 0 ? shown.subtract(band.lower()) : band.distanceTo(shown);
            if (gap.signum() == 0) {
                return "is within " + targetName(in, target);
            }
        } else {
            gap = shown.subtract(((TargetValue) target).value());
            if (gap.signum() == 0) {
                return "meets " + targetName(in, target);
            }
        }
        return "is " + in.unit().formatDifference(gap, in.decimals()) + (gap.signum() > 0 ? " above " : " below ")
                + targetName(in, target);
    }

    private static String targetName(RatingInputs in, Target target) {
        String name = target instanceof Band
                ? "the " + target.format(in.unit(), in.decimals()) + " band"
                : in.unit().asTarget(target.format(in.unit(), in.decimals()));
        return name + in.originalTarget().filter(original -> !original.equals(target))
                .map(original -> " (amended from " + original.format(in.unit(), in.decimals()) + ")")
                .orElse("");
    }

    private static String allowance(RatingInputs in, Thresholds thresholds, BigDecimal shown) {
        Tolerance tolerance = in.tolerance();
        boolean relative = tolerance.kind() == Tolerance.Kind.RELATIVE;
        boolean belowTarget = thresholds.green().isBelow(shown);
        String reference = in.target().orElseThrow() instanceof Band
                ? "the band's " + (belowTarget ? "lower" : "upper") + " limit"
                : "target";
        BigDecimal allowance = thresholds.allowanceFacing(shown);
        if (allowance.signum() == 0 && relative && !tolerance.isNone()) {
            return "amber allows nothing, as " + tolerance.amountText() + " of a zero "
                    + (reference.equals("target") ? "target" : "limit") + " is zero";
        }
        List<String> basis = new ArrayList<>();
        if (relative) {
            basis.add(tolerance.amountText() + " of " + reference);
        }
        if (in.toleranceInherited()) {
            basis.add("the council default");
        }
        String why = basis.isEmpty() ? "" : " (" + String.join(", ", basis) + ")";
        if (allowance.signum() == 0) {
            return "there is no amber tolerance" + why;
        }
        int places = Math.max(in.decimals(), allowance.stripTrailingZeros().scale());
        return "amber allows up to " + in.unit().formatDifference(allowance, places) + why;
    }

    private static String shown(RatingInputs in) {
        return in.format(in.shown().orElseThrow());
    }
}
