package org.goldenthread.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Whether an update must carry commentary before it is submitted (RAG-07, CYC-06): by default when the status is red,
 * amber or not met, or when any exception trigger fired, good ones included.
 */
public record CommentaryRule(Set<Status> statuses, boolean onExceptions) {
    public static final CommentaryRule STANDARD =
            new CommentaryRule(EnumSet.of(Status.RED, Status.AMBER, Status.NOT_MET), true);

    public CommentaryRule {
        Objects.requireNonNull(statuses, "statuses");
        statuses = Set.copyOf(statuses);
    }

    public Requirement requirement(Status status, List<RaisedException> raised) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(raised, "raised");
        if (statuses.contains(status)) {
            return new Requirement(true, "Commentary is required because the status is " + status.inSentence() + ".");
        }
        if (onExceptions && !raised.isEmpty()) {
            List<String> triggers = raised.stream()
                    .map(exception -> exception.trigger().label().toLowerCase(Locale.ROOT)).toList();
            return new Requirement(true, "Commentary is required because "
                    + (triggers.size() == 1 ? "an exception was raised: " : "exceptions were raised: ")
                    + Words.and(triggers) + ".");
        }
        return new Requirement(false, "Commentary is optional: the status is " + status.inSentence()
                + (onExceptions ? " and no exception was raised." : "."));
    }
}
