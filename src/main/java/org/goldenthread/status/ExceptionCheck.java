package org.goldenthread.status;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.goldenthread.measure.Polarity;

/**
 * Which exception triggers fire for the latest period of a KPI's history (RAG-09, CYC-12), poor and good alike. A
 * missing figure breaks every run, as its direction of travel is not comparable. A change from a figure of zero has no
 * percentage, so the sharp-change triggers never fire on it; nor do they for a band KPI, whose change is a change of
 * distance from the band rather than of the figure.
 */
public final class ExceptionCheck {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ExceptionRules rules;

    public ExceptionCheck(ExceptionRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The triggers that fire for the last period of {@code history}, a run of consecutive periods in order. */
    public List<RaisedException> raised(List<PeriodOutcome> history) {
        PeriodOutcome.requireConsecutive(history);
        List<RaisedException> raised = new ArrayList<>();
        if (history.isEmpty()) {
            return raised;
        }
        PeriodOutcome current = history.get(history.size() - 1);
        run(history, rules.consecutivePeriods(), outcome -> outcome.previous().direction() == Direction.WORSENING)
                .ifPresent(periods -> raised.add(new RaisedException(ExceptionTrigger.CONSECUTIVE_DECLINE,
                        "Worsened " + periods + ".")));
        sharpChange(current, Direction.WORSENING, ExceptionTrigger.SHARP_DECLINE, "Worsened").ifPresent(raised::add);
        run(history, rules.redPeriods(), outcome -> outcome.status().status().isOffTarget())
                .ifPresent(periods -> raised.add(new RaisedException(ExceptionTrigger.PERSISTENT_RED,
                        labels(history.subList(history.size() - rules.redPeriods(), history.size())) + " " + periods
                                + ".")));
        backOnTarget(history).ifPresent(raised::add);
        run(history, rules.consecutivePeriods(), outcome -> outcome.previous().direction() == Direction.IMPROVING)
                .ifPresent(periods -> raised.add(new RaisedException(ExceptionTrigger.SUSTAINED_IMPROVEMENT,
                        "Improved " + periods + ".")));
        sharpChange(current, Direction.IMPROVING, ExceptionTrigger.SHARP_IMPROVEMENT, "Improved")
                .ifPresent(raised::add);
        return raised;
    }

    /** "in each of the last 2 periods (2025/26 Q1 and 2025/26 Q2)" if the last {@code length} periods all match. */
    private static Optional<String> run(List<PeriodOutcome> history, int length, Predicate<PeriodOutcome> matches) {
        if (history.size() < length) {
            return Optional.empty();
        }
        List<PeriodOutcome> last = history.subList(history.size() - length, history.size());
        if (!last.stream().allMatch(matches)) {
            return Optional.empty();
        }
        List<String> periods = last.stream().map(outcome -> outcome.period().label()).toList();
        if (length == 1) {
            return Optional.of("in " + periods.get(0));
        }
        return Optional.of("in each of the last " + length + " periods (" + Words.and(periods) + ")");
    }

    private Optional<RaisedException> sharpChange(PeriodOutcome current, Direction direction,
                                                  ExceptionTrigger trigger, String verb) {
        DirectionResult travel = current.previous();
        if (rules.sharpChangePercent().isEmpty() || travel.direction() != direction
                || current.status().inputs().polarity() == Polarity.WITHIN_BAND
                || travel.earlier().map(BigDecimal::signum).orElse(0) == 0) {
            return Optional.empty();
        }
        BigDecimal earlier = travel.earlier().get();
        BigDecimal percent = travel.improvement().orElseThrow().abs().multiply(HUNDRED)
                .divide(earlier.abs(), MathContext.DECIMAL64);
        BigDecimal threshold = rules.sharpChangePercent().get();
        if (percent.compareTo(threshold) <= 0) {
            return Optional.empty();
        }
        RatingInputs inputs = current.status().inputs();
        String from = inputs.format(earlier);
        String to = inputs.shown().map(inputs::format).orElseThrow();
        return Optional.of(new RaisedException(trigger, verb + " by " + shownAbove(percent, threshold)
                + "% against " + travel.comparedWith().label() + " (" + from + " to " + to + "), more than the "
                + threshold.stripTrailingZeros().toPlainString() + "% trigger."));
    }

    /**
     * Back on target: on target now, and not on target at the last period before that was judged at all (periods not
     * rated, or with no figure, are passed over).
     */
    private static Optional<RaisedException> backOnTarget(List<PeriodOutcome> history) {
        PeriodOutcome current = history.get(history.size() - 1);
        if (!current.status().status().isOnTarget()) {
            return Optional.empty();
        }
        for (int i = history.size() - 2; i >= 0; i--) {
            PeriodOutcome before = history.get(i);
            Status status = before.status().status();
            if (status.isJudgement()) {
                return status.isOnTarget() ? Optional.empty() : Optional.of(new RaisedException(
                        ExceptionTrigger.BACK_ON_TARGET, current.status().status().label() + " in "
                        + current.period().label() + " after " + status.label().toLowerCase(Locale.ROOT) + " in "
                        + before.period().label() + "."));
            }
        }
        return Optional.empty();
    }

    /** The percentage to one decimal place, or to as many more as it takes to show that it exceeds the trigger. */
    private static String shownAbove(BigDecimal percent, BigDecimal threshold) {
        for (int places = 1; places < 6; places++) {
            BigDecimal shown = percent.setScale(places, RoundingMode.HALF_UP);
            if (shown.compareTo(threshold) > 0) {
                return shown.toPlainString();
            }
        }
        return percent.setScale(6, RoundingMode.UP).toPlainString();
    }

    /** "Red", or "Red or not met" where a run mixes them. */
    private static String labels(List<PeriodOutcome> outcomes) {
        Set<String> labels = outcomes.stream().map(outcome -> outcome.status().status().label())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String joined = String.join(" or ", labels);
        return joined.isEmpty() ? joined : joined.substring(0, 1) + joined.substring(1).toLowerCase(Locale.ROOT);
    }
}
