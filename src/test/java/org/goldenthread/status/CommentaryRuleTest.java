package org.goldenthread.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Commentary is mandatory for red, amber, not met and exceptions (RAG-07, CYC-06). */
class CommentaryRuleTest {
    private static final RaisedException BACK_ON_TARGET =
            new RaisedException(ExceptionTrigger.BACK_ON_TARGET, "Green in 2025/26 Q2 after red in 2025/26 Q1.");

    @ParameterizedTest(name = "RAG-07 {0} needs commentary: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            RED       | true  | Commentary is required because the status is red.
            AMBER     | true  | Commentary is required because the status is amber.
            NOT_MET   | true  | Commentary is required because the status is not met.
            GREEN     | false | Commentary is optional: the status is green and no exception was raised.
            MET       | false | Commentary is optional: the status is met and no exception was raised.
            NO_TARGET | false | Commentary is optional: the status is ‘No target’ and no exception was raised.
            CONTEXT   | false | Commentary is optional: the status is ‘Context measure’ and no exception was raised.
            NOT_DUE   | false | Commentary is optional: the status is ‘Not yet due’ and no exception was raised.
            MISSING   | false | Commentary is optional: the status is ‘Missing’ and no exception was raised.
            SUSPENDED | false | Commentary is optional: the status is ‘Not rated’ and no exception was raised.
            """)
    void theStatusDecides(Status status, boolean required, String reason) {
        assertThat(CommentaryRule.STANDARD.requirement(status, List.of()))
                .isEqualTo(new Requirement(required, reason));
    }

    @Test
    void rag07TheTableCoversEveryStatus() {
        Set<Status> required = EnumSet.of(Status.RED, Status.AMBER, Status.NOT_MET);

        for (Status status : Status.values()) {
            assertThat(CommentaryRule.STANDARD.requirement(status, List.of()).required()).as(status.name())
                    .isEqualTo(required.contains(status));
        }
    }

    @ParameterizedTest(name = "CYC-06 a {0} update with an exception needs commentary")
    @EnumSource(value = Status.class, names = {"GREEN", "MET", "NO_TARGET"})
    void anExceptionGoodOrBadNeedsCommentary(Status status) {
        assertThat(CommentaryRule.STANDARD.requirement(status, List.of(BACK_ON_TARGET))).isEqualTo(new Requirement(
                true, "Commentary is required because an exception was raised: back on target."));
    }

    @Test
    void cyc06TheCouncilChoosesTheStatusesAndSeveralExceptionsAreListed() {
        CommentaryRule everything = new CommentaryRule(EnumSet.allOf(Status.class), false);
        CommentaryRule redOnly = new CommentaryRule(EnumSet.of(Status.RED), false);
        RaisedException declining = new RaisedException(ExceptionTrigger.CONSECUTIVE_DECLINE, "Worsened.");

        for (Status status : Status.values()) {
            assertThat(everything.requirement(status, List.of()).required()).as(status.name()).isTrue();
        }
        assertThat(redOnly.requirement(Status.AMBER, List.of(BACK_ON_TARGET)))
                .isEqualTo(new Requirement(false, "Commentary is optional: the status is amber."));
        assertThat(CommentaryRule.STANDARD.requirement(Status.GREEN, List.of(declining, BACK_ON_TARGET)))
                .isEqualTo(new Requirement(true, "Commentary is required because exceptions were raised: declining "
                        + "and back on target."));
    }
}
