package org.goldenthread.actionplan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.InvalidFieldsException;
import org.goldenthread.status.PeriodOutcome;
import org.goldenthread.status.Requirement;
import org.goldenthread.status.Status;

/**
 * Whether an update needs a linked action plan before it can be signed off (ACT-01): always when the status is red or
 * not met, and, if the council chooses, when it has been amber for {@code amberPeriods} periods in a row.
 */
public record ActionPlanRule(Optional<Integer> amberPeriods) {
    public static final ActionPlanRule STANDARD = new ActionPlanRule(Optional.empty());

    public ActionPlanRule {
        Objects.requireNonNull(amberPeriods, "amberPeriods");
        if (amberPeriods.isPresent() && (amberPeriods.get() < 1 || amberPeriods.get() > 12)) {
            throw InvalidFieldsException.of("Invalid action plan rule", "amberPeriods",
                    "must be from 1 to 12 periods, but is " + amberPeriods.get());
        }
    }

    public static ActionPlanRule alsoAmberFor(int periods) {
        return new ActionPlanRule(Optional.of(periods));
    }

    /** The requirement for the last period of {@code history}, a run of consecutive periods in order. */
    public Requirement requirement(List<PeriodOutcome> history) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("the history must include the period being signed off");
        }
        PeriodOutcome.requireConsecutive(history);
        PeriodOutcome current = history.get(history.size() - 1);
        Status status = current.status().status();
        if (status.isOffTarget()) {
            return new Requirement(true, "An action plan is required before sign-off because the status is "
                    + status.inSentence() + ".");
        }
        if (amberPeriods.isPresent() && amberFor(history, amberPeriods.get())) {
            return new Requirement(true, "An action plan is required before sign-off because the status has been "
                    + "amber for " + amberPeriods.get() + (amberPeriods.get() == 1 ? " period." : " periods in a row."));
        }
        return new Requirement(false, "No action plan is required: the status is " + status.inSentence() + ".");
    }

    private static boolean amberFor(List<PeriodOutcome> history, int periods) {
        return history.size() >= periods && history.subList(history.size() - periods, history.size()).stream()
                .allMatch(outcome -> outcome.status().status() == Status.AMBER);
    }
}
