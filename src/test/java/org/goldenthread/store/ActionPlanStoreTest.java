package org.goldenthread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.goldenthread.actionplan.ActionPlan;
import org.goldenthread.actionplan.Milestone;
import org.goldenthread.measure.InvalidFieldsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The workbench's action plans (ACT-01, ACT-02) on HSQLDB and PostgreSQL: milestones in order, audit, conflicts. */
class ActionPlanStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-14T09:30:00Z"), ZoneOffset.UTC);
    private static final ActionPlan PLAN = new ActionPlan("WST-01", "Recover missed rounds", "Extra crews in November",
            "head.waste", LocalDate.of(2025, 12, 31), 40, List.of(
                    new Milestone("Hire agency crews", LocalDate.of(2025, 11, 1), true),
                    new Milestone("Re-route Tuesday rounds", LocalDate.of(2025, 11, 30), false)));

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void act02APlanRoundTripsWithItsMilestonesInOrder(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            ActionPlanStore plans = new AoActionPlanStore(store.activeObjects(), CLOCK);

            StoredActionPlan created = plans.create(PLAN, "head.waste");

            assertThat(plans.find(created.id()).orElseThrow().plan()).isEqualTo(PLAN);
            assertThat(plans.forKpi("WST-01")).extracting(StoredActionPlan::plan).containsExactly(PLAN);
            assertThat(plans.forKpi("WST-02")).isEmpty();
            assertThat(new AoAuditTrail(store.activeObjects()).page("WST-01", 0, 1).get(0).newValue())
                    .contains("Recover missed rounds; owner head.waste; due 2025-12-31; 40%; 1 of 2 milestones done");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void act02ProgressIsSavedAgainstTheVersionSeen(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            ActionPlanStore plans = new AoActionPlanStore(store.activeObjects(), CLOCK);
            int id = plans.create(PLAN, "head.waste").id();
            ActionPlan further = new ActionPlan("WST-01", PLAN.title(), PLAN.description(), PLAN.owner(), PLAN.due(),
                    80, List.of(new Milestone("Hire agency crews", LocalDate.of(2025, 11, 1), true)));

            StoredActionPlan updated = plans.update(id, further, 1, "officer");

            assertThat(updated.editVersion()).isEqualTo(2);
            assertThat(plans.find(id).orElseThrow().plan()).isEqualTo(further);
            assertThatThrownBy(() -> plans.update(id, PLAN, 1, "someone"))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageStartingWith("Action plan 'Recover missed rounds' was changed by someone else");
            assertThat(plans.find(id).orElseThrow().plan().progress()).isEqualTo(80);
        }
    }

    @Test
    void act02AnIncompletePlanNamesEveryMissingField() {
        assertThatThrownBy(() -> new ActionPlan("WST-01", " ", "", null, null, 120, List.of()))
                .isInstanceOf(InvalidFieldsException.class)
                .hasMessage("Invalid action plan ' ': title is required; owner is required; due is required; "
                        + "progress must be from 0 to 100%, but is 120%");
    }
}
