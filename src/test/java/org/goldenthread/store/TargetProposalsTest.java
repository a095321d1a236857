package org.goldenthread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.measure.SampleKpis.target;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.goldenthread.measure.AnnualTarget;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.FinancialYear;
import org.goldenthread.measure.InvalidFieldsException;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.SampleKpis;
import org.goldenthread.measure.TargetInForce;
import org.goldenthread.measure.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Proposed target amendments in Active Objects on HSQLDB and PostgreSQL: a decision is all written, or none (TGT-04). */
class TargetProposalsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-14T09:30:00Z"), ZoneOffset.UTC);
    private static final KpiDefinition KPI = SampleKpis.kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).key("WST-01")
            .build();
    private static final FinancialPeriod Q3 = FinancialPeriod.parse("2025/26 Q3");

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void approvingWritesTheAmendmentWithTheApproverAndKeepsTheOriginal(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            TargetRepository targets = new AoTargetRepository(store.activeObjects(), CLOCK);
            TargetProposals proposals = new AoTargetProposals(store.activeObjects(), CLOCK);
            targets.setAnnual(KPI, AnnualTarget.of(FinancialYear.startingIn(2025), target("68.0")), "perf.officer");
            StoredTargetProposal proposed = proposals.propose(KPI, Q3, target("64.0"), " New contract ", "owner");

            StoredTargetProposal approved = proposals.approve(KPI, proposed.id(), 1, "", "director.place");

            assertThat(approved.state()).isEqualTo(TargetProposals.State.APPROVED);
            assertThat(approved.decidedBy()).contains("director.place");
            assertThat(approved.decisionNote()).isEmpty();
            assertThat(approved.editVersion()).isEqualTo(2);
            TargetInForce q3 = targets.schedule(KPI).targetFor(Q3).orElseThrow();
            assertThat(q3.target()).isEqualTo(target("64.0"));
            assertThat(q3.original()).contains(target("68.0"));
            assertThat(q3.amendment().orElseThrow().approvedBy()).isEqualTo("director.place");
            assertThat(q3.amendment().orElseThrow().reason()).isEqualTo("New contract");
            assertThat(new AoAuditTrail(store.activeObjects()).page("WST-01", 0, 3)).extracting(AuditEvent::subject)
                    .containsExactly("target amendment", "target amendment approved", "target amendment proposed");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void anApprovalThatCannotAmendTheTargetLeavesTheProposalAsItWas(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            TargetRepository targets = new AoTargetRepository(store.activeObjects(), CLOCK);
            TargetProposals proposals = new AoTargetProposals(store.activeObjects(), CLOCK);
            targets.setAnnual(KPI, AnnualTarget.of(FinancialYear.startingIn(2025), target("68.0")), "perf.officer");
            int id = proposals.propose(KPI, Q3, target("64.0"), "New contract", "owner").id();
            // redefined as a band KPI since: the proposal's single value no longer suits it
            KpiDefinition band = KPI.toBuilder().polarity(Polarity.WITHIN_BAND).build();

            assertThatThrownBy(() -> proposals.approve(band, id, 1, "", "director.place"))
                    .isInstanceOf(InvalidFieldsException.class);

            StoredTargetProposal after = proposals.find(KPI, id).orElseThrow();
            assertThat(after.state()).isEqualTo(TargetProposals.State.PROPOSED);
            assertThat(after.editVersion()).isEqualTo(1);
            assertThat(targets.schedule(KPI).amendments()).isEmpty();
            assertThat(new AoAuditTrail(store.activeObjects()).count("WST-01")).isEqualTo(2);
            assertThat(proposals.approve(KPI, id, 1, "", "director.place").state())
                    .as("the version the failed approval claimed was released")
                    .isEqualTo(TargetProposals.State.APPROVED);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void aDecisionAnotherClaimedFirstIsAConflict(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            new AoTargetRepository(store.activeObjects(), CLOCK)
                    .setAnnual(KPI, AnnualTarget.of(FinancialYear.startingIn(2025), target("68.0")), "perf.officer");
            TargetProposals proposals = new AoTargetProposals(store.activeObjects(), CLOCK);
            int id = proposals.propose(KPI, Q3, target("64.0"), "New contract", "owner").id();
            store.activeObjects().create(EditClaimEntity.class, Map.of("CLAIM_KEY", "TARGET PROPOSAL " + id + " #2"));

            assertThatThrownBy(() -> proposals.reject(KPI, id, 1, "Not now", "director.place"))
                    .isInstanceOf(ConflictException.class);
            assertThat(proposals.find(KPI, id).orElseThrow().state()).isEqualTo(TargetProposals.State.PROPOSED);
            assertThatThrownBy(() -> proposals.approve(KPI, id, 1, "", "owner"))
                    .isInstanceOf(DecisionRefusedException.class).hasMessageStartingWith("Separation of duties");
        }
    }
}
