package org.goldenthread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Jira projects Golden Thread is enabled on: enabling twice changes nothing, and enabling is audited once. */
class EnabledProjectsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void enablingIsIdempotentAndAudited(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            EnabledProjects projects = new AoEnabledProjects(store.activeObjects(), CLOCK);

            EnabledProjects.EnabledProject first = projects.enable(10_100L, "WASTE", "jira.admin");
            EnabledProjects.EnabledProject again = projects.enable(10_100L, "WASTE", "other.admin");
            projects.enable(10_000L, "HOUSING", "jira.admin");

            assertThat(again).isEqualTo(first);
            assertThat(first.enabledBy()).isEqualTo("jira.admin");
            assertThat(first.enabledAt()).isEqualTo(CLOCK.instant());
            assertThat(projects.all()).extracting(EnabledProjects.EnabledProject::projectKey)
                    .containsExactly("HOUSING", "WASTE");
            assertThat(new AoAuditTrail(store.activeObjects()).page(EnabledProjects.AUDIT_KEY, 0, 10))
                    .extracting(AuditEvent::newValue).extracting(value -> value.orElseThrow())
                    .containsExactlyInAnyOrder("WASTE", "HOUSING");
        }
    }
}
