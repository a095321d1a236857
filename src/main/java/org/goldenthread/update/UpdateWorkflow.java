package org.goldenthread.update;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The quarterly update's rules (CYC-01, RAG-07, ACT-01): which step may follow which, who takes it, and what it needs.
 * The person and then the state are checked first, as nothing else matters if they are wrong; then every other
 * check, so a refusal lists everything that needs putting right.
 */
public final class UpdateWorkflow {
    private final boolean separationOfDuties;

    public UpdateWorkflow(boolean separationOfDuties) {
        this.separationOfDuties = separationOfDuties;
    }

    /** Whether the person plays a part that takes the step: checked before anything else about the update. */
    public Optional<Refusal> permission(UpdateAction action, Participant participant) {
        if (action.takenBy().stream().noneMatch(participant.parts()::contains)) {
            return Optional.of(new Refusal(Check.PERMISSION, "Only " + parts(action) + " may " + action.apiName()
                    + " this update"));
        }
        return Optional.empty();
    }

    /** The refusals; none means the step may be taken, to {@code request.action().to()}. */
    public List<Refusal> check(StepRequest request) {
        UpdateAction action = request.action();
        Optional<Refusal> forbidden = permission(action, request.participant());
        if (forbidden.isPresent()) {
            return List.of(forbidden.get());
        }
        if (!action.from().contains(request.state())) {
            return List.of(new Refusal(Check.STATE, "Cannot " + action.apiName() + " an update that is "
                    + request.state().label().toLowerCase(Locale.ROOT) + "; it must be "
                    + action.from().stream().map(state -> state.label().toLowerCase(Locale.ROOT)).sorted()
                    .collect(Collectors.joining(" or "))));
        }
        List<Refusal> refusals = new ArrayList<>();
        switch (action) {
            case SUBMIT -> {
                if (request.value().isEmpty()) {
                    refusals.add(new Refusal(Check.VALUE, "value is required to submit; if there is no figure, "
                            + "say why with no-data"));
                }
                if (request.commentary().required() && request.text().isEmpty()) {
                    refusals.add(new Refusal(Check.COMMENTARY, request.commentary().reason()));
                }
            }
            case DATA_NOT_AVAILABLE, RETURN -> {
                if (request.text().isEmpty()) {
                    refusals.add(new Refusal(Check.COMMENTARY, "a reason is required to "
                            + action.apiName() + " an update"));
                }
            }
            case VERIFY -> separation(request, "verify", refusals);
            case SIGN_OFF -> {
                separation(request, "sign off", refusals);
                if (request.actionPlan().required() && !request.hasActionPlan()) {
                    refusals.add(new Refusal(Check.ACTION_PLAN, request.actionPlan().reason()
                            + " Link one to the KPI first."));
                }
            }
            case PUBLISH -> {
                // signed off already: nothing more to check
            }
        }
        return refusals;
    }

    private void separation(StepRequest request, String step, List<Refusal> refusals) {
        if (separationOfDuties && request.submittedBy().filter(request.participant().userKey()::equals).isPresent()) {
            refusals.add(new Refusal(Check.SEPARATION_OF_DUTIES, "The person who submitted an update cannot also "
                    + step + " it"));
        }
    }

    private static String parts(UpdateAction action) {
        return action.takenBy().stream().sorted().map(part -> switch (part) {
            case UPDATER -> "the KPI's updaters";
            case PERFORMANCE_TEAM -> "the performance team";
            case APPROVER -> "the KPI's approver";
        }).collect(Collectors.joining(" or "));
    }
}
