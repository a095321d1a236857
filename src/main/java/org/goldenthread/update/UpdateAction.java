package org.goldenthread.update;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A step of the quarterly update, the state it may be taken from, the state it leads to, and who takes it. */
public enum UpdateAction {
    SUBMIT("submit", "Submit", Set.of(UpdateState.AWAITING_DATA), UpdateState.SUBMITTED, Set.of(Part.UPDATER)),
    DATA_NOT_AVAILABLE("no-data", "Data not available", Set.of(UpdateState.AWAITING_DATA), UpdateState.NO_DATA,
            Set.of(Part.UPDATER)),
    VERIFY("verify", "Verify", Set.of(UpdateState.SUBMITTED), UpdateState.VERIFIED, Set.of(Part.PERFORMANCE_TEAM)),
    SIGN_OFF("sign-off", "Sign off", Set.of(UpdateState.VERIFIED), UpdateState.SIGNED_OFF, Set.of(Part.APPROVER)),
    PUBLISH("publish", "Publish", Set.of(UpdateState.SIGNED_OFF), UpdateState.PUBLISHED,
            Set.of(Part.PERFORMANCE_TEAM)),
    RETURN("return", "Return for revision", Set.of(UpdateState.SUBMITTED, UpdateState.VERIFIED),
            UpdateState.AWAITING_DATA, Set.of(Part.PERFORMANCE_TEAM, Part.APPROVER));

    private final String name;
    private final String label;
    private final Set<UpdateState> from;
    private final UpdateState to;
    private final Set<Part> takenBy;

    UpdateAction(String name, String label, Set<UpdateState> from, UpdateState to, Set<Part> takenBy) {
        this.name = name;
        this.label = label;
        this.from = from;
        this.to = to;
        this.takenBy = takenBy;
    }

    /** The action's name in the API: {@code submit}, {@code sign-off}, ...; case and "-" or "_" do not matter. */
    public static Optional<UpdateAction> named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (UpdateAction action : values()) {
            if (action.name.equals(wanted)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    public String apiName() {
        return name;
    }

    /** The step as people name it, and as Jira's workflow names its transition. */
    public String label() {
        return label;
    }

    public Set<UpdateState> from() {
        return from;
    }

    public UpdateState to() {
        return to;
    }

    public Set<Part> takenBy() {
        return takenBy;
    }
}
