package org.goldenthread.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.status.Requirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** CYC-01, RAG-07, ACT-01: the quarterly update's steps, who takes them and what each needs. */
class UpdateWorkflowTest {
    private static final Participant MANAGER = new Participant("manager", Set.of(Part.UPDATER));
    private static final Participant PERF = new Participant("perf", Set.of(Part.PERFORMANCE_TEAM));
    private static final Participant HEAD = new Participant("head", Set.of(Part.APPROVER));
    private static final Requirement NONE = new Requirement(false, "not required");
    private static final Requirement COMMENTARY = new Requirement(true, "Commentary is required because the status "
            + "is red.");
    private static final Requirement PLAN = new Requirement(true, "An action plan is required before sign-off "
            + "because the status is red.");

    private final UpdateWorkflow workflow = new UpdateWorkflow(true);

    @Test
    void cyc01AnUpdateGoesFromAwaitingDataToPublishedWhenEachPartTakesItsStep() {
        assertThat(workflow.check(step(UpdateAction.SUBMIT, MANAGER, UpdateState.AWAITING_DATA, "61.2", ""))).isEmpty();
        assertThat(workflow.check(step(UpdateAction.VERIFY, PERF, UpdateState.SUBMITTED, null, ""))).isEmpty();
        assertThat(workflow.check(step(UpdateAction.SIGN_OFF, HEAD, UpdateState.VERIFIED, null, ""))).isEmpty();
        assertThat(workflow.check(step(UpdateAction.PUBLISH, PERF, UpdateState.SIGNED_OFF, null, ""))).isEmpty();
        assertThat(UpdateAction.PUBLISH.to()).isEqualTo(UpdateState.PUBLISHED);
    }

    @ParameterizedTest
    @EnumSource(value = UpdateState.class, names = {"AWAITING_DATA", "SIGNED_OFF", "PUBLISHED", "NO_DATA"})
    void cyc01AnUpdateIsReturnedOnlyFromSubmittedOrVerified(UpdateState state) {
        List<Refusal> refusals = workflow.check(step(UpdateAction.RETURN, PERF, state, null, "Figure looks wrong"));

        assertThat(refusals).singleElement().satisfies(refusal -> {
            assertThat(refusal.check()).isEqualTo(Check.STATE);
            assertThat(refusal.message()).endsWith("it must be submitted or verified");
        });
    }

    @Test
    void cyc01OnlyThePartThatTakesAStepMayTakeIt() {
        assertThat(workflow.check(step(UpdateAction.VERIFY, MANAGER, UpdateState.SUBMITTED, null, "")))
                .extracting(Refusal::check, Refusal::message)
                .containsExactly(tuple(Check.PERMISSION,
                        "Only the performance team may verify this update"));
        assertThat(workflow.check(step(UpdateAction.SIGN_OFF, PERF, UpdateState.VERIFIED, null, "")))
                .extracting(Refusal::check).containsExactly(Check.PERMISSION);
        assertThat(workflow.check(step(UpdateAction.RETURN, HEAD, UpdateState.VERIFIED, null, "Recheck"))).isEmpty();
    }

    @Test
    void rag07ASubmissionNeedsAFigureAndTheCommentaryTheRuleAsksFor() {
        StepRequest noFigure = step(UpdateAction.SUBMIT, MANAGER, UpdateState.AWAITING_DATA, null, "");
        StepRequest red = new StepRequest(UpdateAction.SUBMIT, MANAGER, UpdateState.AWAITING_DATA, Optional.empty(),
                Optional.of(new BigDecimal("40")), "  ", COMMENTARY, NONE, false);

        assertThat(workflow.check(noFigure)).extracting(Refusal::check).containsExactly(Check.VALUE);
        assertThat(workflow.check(red)).extracting(Refusal::check, Refusal::message).containsExactly(
                tuple(Check.COMMENTARY, COMMENTARY.reason()));
    }

    @Test
    void noDataAndReturnNeedAReason() {
        assertThat(workflow.check(step(UpdateAction.DATA_NOT_AVAILABLE, MANAGER, UpdateState.AWAITING_DATA, null,
                ""))).extracting(Refusal::check).containsExactly(Check.COMMENTARY);
        assertThat(workflow.check(step(UpdateAction.DATA_NOT_AVAILABLE, MANAGER, UpdateState.AWAITING_DATA, null,
                "Survey postponed to Q3"))).isEmpty();
    }

    @Test
    void act01ARedUpdateIsSignedOffOnlyWithAnActionPlan() {
        StepRequest withoutPlan = new StepRequest(UpdateAction.SIGN_OFF, HEAD, UpdateState.VERIFIED,
                Optional.of("manager"), Optional.empty(), "", NONE, PLAN, false);
        StepRequest withPlan = new StepRequest(UpdateAction.SIGN_OFF, HEAD, UpdateState.VERIFIED,
                Optional.of("manager"), Optional.empty(), "", NONE, PLAN, true);

        assertThat(workflow.check(withoutPlan)).extracting(Refusal::check).containsExactly(Check.ACTION_PLAN);
        assertThat(workflow.check(withoutPlan).get(0).message()).endsWith("Link one to the KPI first.");
        assertThat(workflow.check(withPlan)).isEmpty();
    }

    @Test
    void whoSubmittedCannotAlsoVerifyOrSignOffUnlessTheCouncilAllowsIt() {
        Participant both = new Participant("perf", Set.of(Part.UPDATER, Part.PERFORMANCE_TEAM, Part.APPROVER));
        StepRequest verify = new StepRequest(UpdateAction.VERIFY, both, UpdateState.SUBMITTED, Optional.of("perf"),
                Optional.empty(), "", NONE, NONE, false);
        StepRequest signOff = new StepRequest(UpdateAction.SIGN_OFF, both, UpdateState.VERIFIED, Optional.of("perf"),
                Optional.empty(), "", NONE, NONE, false);

        assertThat(workflow.check(verify)).extracting(Refusal::check).containsExactly(Check.SEPARATION_OF_DUTIES);
        assertThat(workflow.check(signOff)).extracting(Refusal::check).containsExactly(Check.SEPARATION_OF_DUTIES);
        assertThat(new UpdateWorkflow(false).check(verify)).isEmpty();
    }

    @Test
    void actionsAreNamedAsTheApiNamesThem() {
        assertThat(UpdateAction.named("Sign_Off")).contains(UpdateAction.SIGN_OFF);
        assertThat(UpdateAction.named("no-data")).contains(UpdateAction.DATA_NOT_AVAILABLE);
        assertThat(UpdateAction.named("approve")).isEmpty();
        assertThat(UpdateAction.named(null)).isEmpty();
    }

    @Test
    void aFigureIsSeenBeforePublicationOnlyByThoseWithAPartAndBeforeSignOffNotByScrutiny() {
        assertThat(ValueVisibility.visible(UpdateState.SUBMITTED, Set.of(Part.UPDATER), true)).isTrue();
        assertThat(ValueVisibility.visible(UpdateState.SUBMITTED, Set.of(), true)).isFalse();
        assertThat(ValueVisibility.visible(UpdateState.SIGNED_OFF, Set.of(), true)).isTrue();
        assertThat(ValueVisibility.visible(UpdateState.SIGNED_OFF, Set.of(), false)).isFalse();
        assertThat(ValueVisibility.visible(UpdateState.PUBLISHED, Set.of(), false)).isTrue();
    }

    private static StepRequest step(UpdateAction action, Participant who, UpdateState state, String value,
                                    String text) {
        return new StepRequest(action, who, state, Optional.of("manager"),
                Optional.ofNullable(value).map(BigDecimal::new), text, NONE, NONE, false);
    }
}
