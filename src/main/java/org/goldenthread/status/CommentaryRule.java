package org.goldenthread.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether an update must carry commentary before it is submitted (RAG-07, CYC-06): by default when the status is red,
 * amber or not met, or when any exception trigger fired, good ones included.
 */
public record CommentaryRule(Set<Status> statuses, boolean onExceptions) {
    public static final CommentaryRule STANDARD =
            new CommentaryRule(EnumSet.of(Status.RED, Status.AMBER, Status.NOT_MET), true);

    public CommentaryRule {
        Objects.requireNonNull(statuses, "statuses");
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    public Requirement requirement(Status status, List<RaisedException> raised) {
        String statusText = status.label().toLowerCase(Locale.ROOT);
        if (statuses.contains(status)) {
            return new Requirement(true, "Commentary is required because the status is " + statusText + ".");
        }
        if (onExceptions && !raised.isEmpty()) {
            String triggers = raised.stream().map(exception -> exception.trigger().label().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            return new Requirement(true, "Commentary is required because an exception was raised: " + triggers + ".");
        }
        return new Requirement(false, "Commentary is optional: the status is " + statusText
                + (onExceptions ? " and no exception was raised." : "."));
    }
}
