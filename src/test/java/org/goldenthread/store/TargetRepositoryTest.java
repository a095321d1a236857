package org.goldenthread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.measure.SampleKpis.target;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.goldenthread.measure.AnnualTarget;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.FinancialYear;
import org.goldenthread.measure.InvalidFieldsException;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.SampleKpis;
import org.goldenthread.measure.TargetAmendment;
import org.goldenthread.measure.TargetInForce;
import org.goldenthread.measure.TargetSchedule;
import org.goldenthread.measure.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Targets, profiles and amendments in Active Objects on HSQLDB and PostgreSQL (TGT-02, TGT-04, CYC-08). */
class TargetRepositoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-14T09:30:00Z"), ZoneOffset.UTC);
    private static final KpiDefinition KPI = SampleKpis.kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).key("WST-01")
            .build();
    private static final FinancialYear YEAR = FinancialYear.startingIn(2025);

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void tgt02YearsAndProfilesRoundTripAndReplacingAYearIsAudited(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            TargetRepository targets = new AoTargetRepository(store.activeObjects(), CLOCK);
            AnnualTarget profiled = AnnualTarget.of(YEAR, target("68.0"))
                    .profiled(FinancialPeriod.parse("2025/26 Q3"), target("60.5"));
            targets.setAnnual(KPI, profiled, "perf.officer");
            targets.setAnnual(KPI, AnnualTarget.of(FinancialYear.startingIn(2026), target("70")), "perf.officer");

            targets.setAnnual(KPI, AnnualTarget.of(YEAR, target("69.0")), "perf.lead");

            TargetSchedule schedule = targets.schedule(KPI);
            assertThat(schedule.forYear(YEAR).orElseThrow()).isEqualTo(AnnualTarget.of(YEAR, target("69.0")));
            assertThat(schedule.targetFor(FinancialPeriod.parse("2026/27 Q1")).orElseThrow().target())
                    .isEqualTo(target("70"));
            AuditEvent replaced = new AoAuditTrail(store.activeObjects()).page("WST-01", 0, 1).get(0);
            assertThat(replaced.subject()).isEqualTo("target");
            assertThat(replaced.periodId()).contains("2025-26");
            assertThat(replaced.oldValue()).contains("68.0; 2025/26 Q3 60.5");
            assertThat(replaced.newValue()).contains("69.0");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void tgt04AnAmendmentKeepsTheOriginalAndIsAudited(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            TargetRepository targets = new AoTargetRepository(store.activeObjects(), CLOCK);
            targets.setAnnual(KPI, AnnualTarget.of(YEAR, target("68.0")), "perf.officer");

            targets.amend(KPI, new TargetAmendment(FinancialPeriod.parse("2025/26 Q3"), target("64.0"),
                    "new contract from October", "director.place", Instant.parse("2025-10-01T12:00:00Z")));

            TargetInForce q3 = targets.schedule(KPI).targetFor(FinancialPeriod.parse("2025/26 Q3")).orElseThrow();
            assertThat(q3.target()).isEqualTo(target("64.0"));
            assertThat(q3.original()).contains(target("68.0"));
            assertThat(q3.amendment().orElseThrow().approvedAt()).isEqualTo(Instant.parse("2025-10-01T12:00:00Z"));
            AuditEvent amended = new AoAuditTrail(store.activeObjects()).page("WST-01", 0, 1).get(0);
            assertThat(amended.subject()).isEqualTo("target amendment");
            assertThat(amended.userKey()).isEqualTo("director.place");
            assertThat(amended.oldValue()).contains("68.0");
            assertThat(amended.newValue()).contains("64.0 from 2025/26 Q3: new contract from October");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void aBandTargetRoundTripsAndTheWrongKindWritesNothing(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            TargetRepository targets = new AoTargetRepository(store.activeObjects(), CLOCK);
            KpiDefinition band = SampleKpis.kpi(Unit.PERCENT, Polarity.WITHIN_BAND).key("HOU-07").build();
            targets.setAnnual(band, AnnualTarget.of(YEAR, target("85.0..92.5")), "perf.officer");

            assertThat(targets.schedule(band).forYear(YEAR).orElseThrow().target()).isEqualTo(target("85..92.5"));
            assertThatThrownBy(() -> targets.setAnnual(band, AnnualTarget.of(YEAR, target("88")), "perf.officer"))
                    .isInstanceOf(InvalidFieldsException.class);
            assertThat(targets.schedule(band).forYear(YEAR).orElseThrow().target()).isEqualTo(target("85..92.5"));
            assertThat(new AoAuditTrail(store.activeObjects()).count("HOU-07")).isEqualTo(1);
            assertThat(targets.schedule(KPI).forYear(YEAR)).isEmpty();
            assertThat(List.of(targets.schedule(band).amendments())).containsExactly(List.of());
        }
    }
}
