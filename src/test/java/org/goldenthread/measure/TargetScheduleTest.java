package org.goldenthread.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.measure.SampleKpis.target;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Targets per financial year, profiled, amended and defaulted (TGT-01, TGT-02, TGT-04, RAG-11). */
class TargetScheduleTest {
    private static final FinancialYear YEAR = FinancialYear.startingIn(2025);
    private static final FinancialYear NEXT_YEAR = FinancialYear.startingIn(2026);
    private static final KpiDefinition KPI = SampleKpis.kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).build();

    @Test
    void tgt01AKpiNeedNotHaveATarget() {
        assertThat(TargetSchedule.none(KPI).targetFor(period("2025/26 Q2"))).isEmpty();
    }

    @Test
    void tgt02TheYearsTargetAppliesToEachPeriodUnlessProfiled() {
        AnnualTarget annual = AnnualTarget.of(YEAR, target("68.0")).profiled(period("2025/26 Q3"), target("60.0"));
        TargetSchedule schedule = TargetSchedule.of(KPI, List.of(annual,
                AnnualTarget.of(NEXT_YEAR, target("70.0"))), List.of());

        assertThat(schedule.targetFor(period("2025/26 Q2")).orElseThrow())
                .isEqualTo(TargetInForce.unamended(target("68.0"), TargetInForce.Source.ANNUAL));
        assertThat(schedule.targetFor(period("2025/26 Q3")).orElseThrow())
                .isEqualTo(TargetInForce.unamended(target("60.0"), TargetInForce.Source.PROFILE));
        assertThat(schedule.targetFor(period("2026/27 Q1")).orElseThrow().target()).isEqualTo(target("70.0"));
        assertThat(schedule.targetFor(period("2024/25 Q4"))).isEmpty();
    }

    @Test
    void tgt04AnAmendmentAppliesFromItsPeriodToTheYearEndAndKeepsTheOriginal() {
        TargetAmendment amendment = amendment("2025/26 Q3", "64.0", "2025-10-01T10:00:00Z");
        TargetSchedule schedule = TargetSchedule.of(KPI,
                List.of(AnnualTarget.of(YEAR, target("68.0")), AnnualTarget.of(NEXT_YEAR, target("70.0"))),
                List.of(amendment));

        assertThat(schedule.targetFor(period("2025/26 Q2")).orElseThrow().isAmended()).isFalse();
        TargetInForce q3 = schedule.targetFor(period("2025/26 Q3")).orElseThrow();
        assertThat(q3.target()).isEqualTo(target("64.0"));
        assertThat(q3.original()).contains(target("68.0"));
        assertThat(q3.amendment()).contains(amendment);
        assertThat(schedule.targetFor(period("2025/26 Q4")).orElseThrow().target()).isEqualTo(target("64.0"));
        assertThat(schedule.targetFor(period("2026/27 Q1")).orElseThrow().target())
                .as("the next year keeps its own target").isEqualTo(target("70.0"));
        assertThat(schedule.forYear(YEAR).orElseThrow().target()).as("the original stays").isEqualTo(target("68.0"));
    }

    @Test
    void tgt04TheLatestAmendmentInForceWins() {
        TargetSchedule schedule = TargetSchedule.of(KPI, List.of(AnnualTarget.of(YEAR, target("68.0"))), List.of(
                amendment("2025/26 Q4", "62.0", "2026-01-05T10:00:00Z"),
                amendment("2025/26 Q2", "66.0", "2025-07-05T10:00:00Z"),
                amendment("2025/26 Q2", "65.0", "2025-08-05T10:00:00Z")));

        assertThat(schedule.targetFor(period("2025/26 Q1")).orElseThrow().target()).isEqualTo(target("68.0"));
        assertThat(schedule.targetFor(period("2025/26 Q3")).orElseThrow().target()).isEqualTo(target("65.0"));
        assertThat(schedule.targetFor(period("2025/26 Q4")).orElseThrow().target()).isEqualTo(target("62.0"));
        assertThat(schedule.targetFor(period("2025/26 Q4")).orElseThrow().original()).contains(target("68.0"));
    }

    @Test
    void tgt04ALaterApprovalFromAnEarlierPeriodReplacesAnEarlierApproval() {
        TargetSchedule schedule = TargetSchedule.of(KPI, List.of(AnnualTarget.of(YEAR, target("68.0"))), List.of(
                amendment("2025/26 Q3", "60.0", "2025-10-05T10:00:00Z"),
                amendment("2025/26 Q2", "65.0", "2025-12-05T10:00:00Z")));

        TargetInForce q3 = schedule.targetFor(period("2025/26 Q3")).orElseThrow();
        assertThat(q3.target()).isEqualTo(target("65.0"));
        assertThat(q3.source()).isEqualTo(TargetInForce.Source.AMENDMENT);
        assertThat(q3.original()).contains(target("68.0"));
    }

    @Test
    void tgt04AnAmendmentKeepsWhateverItReplacedAsTheOriginal() {
        Band standard = (Band) target("85.0..92.0");
        KpiDefinition band = SampleKpis.kpi(Unit.PERCENT, Polarity.WITHIN_BAND).defaultBand(standard).build();
        TargetAmendment widened = amendment("2026/27 Q2", "80.0..92.0", "2026-07-01T10:00:00Z");
        AnnualTarget profiled = AnnualTarget.of(YEAR, target("68.0")).profiled(period("2025/26 Q3"), target("60.0"));
        TargetAmendment lowered = amendment("2025/26 Q3", "58.0", "2025-10-01T10:00:00Z");

        TargetInForce defaultBandAmended = TargetSchedule.of(band, List.of(), List.of(widened))
                .targetFor(period("2026/27 Q3")).orElseThrow();
        TargetInForce profileAmended = TargetSchedule.of(KPI, List.of(profiled), List.of(lowered))
                .targetFor(period("2025/26 Q3")).orElseThrow();
        TargetInForce nothingToAmend = TargetSchedule.of(KPI, List.of(), List.of(lowered))
                .targetFor(period("2025/26 Q3")).orElseThrow();

        assertThat(defaultBandAmended.target()).isEqualTo(target("80.0..92.0"));
        assertThat(defaultBandAmended.original()).contains(standard);
        assertThat(defaultBandAmended.source()).isEqualTo(TargetInForce.Source.AMENDMENT);
        assertThat(profileAmended.target()).isEqualTo(target("58.0"));
        assertThat(profileAmended.original()).contains(target("60.0"));
        assertThat(nothingToAmend.target()).isEqualTo(target("58.0"));
        assertThat(nothingToAmend.original()).isEmpty();
    }

    @Test
    void tgt04AnAmendmentRecordsItsValueReasonApproverDateAndFirstPeriod() {
        TargetAmendment amendment = new TargetAmendment(period("2025/26 Q3"), target("64.0"), "new contract",
                "director.place", Instant.parse("2025-10-01T10:00:00Z"));

        assertThat(amendment.target()).isEqualTo(target("64.0"));
        assertThat(amendment.reason()).isEqualTo("new contract");
        assertThat(amendment.approvedBy()).isEqualTo("director.place");
        assertThat(amendment.approvedAt()).isEqualTo(Instant.parse("2025-10-01T10:00:00Z"));
        assertThat(amendment.effectiveFrom()).isEqualTo(period("2025/26 Q3"));
        assertThat(amendment.appliesTo(period("2025/26 Q2"))).isFalse();
        assertThat(amendment.appliesTo(period("2025/26 Q4"))).isTrue();
        assertThat(amendment.appliesTo(period("2026/27 Q1"))).isFalse();
    }

    @Test
    void tgt04AnAmendmentOfTheWrongKindOrFrequencyIsRefused() {
        KpiDefinition band = SampleKpis.kpi(Unit.PERCENT, Polarity.WITHIN_BAND).build();

        assertThatThrownBy(() -> TargetSchedule.of(band, List.of(),
                List.of(amendment("2025/26 Q3", "64.0", "2025-10-01T10:00:00Z"))))
                .hasMessage("Invalid targets for TST-01: target must be a band (a lower and an upper limit), as the "
                        + "polarity is WITHIN_BAND");
        assertThatThrownBy(() -> TargetSchedule.of(KPI, List.of(),
                List.of(amendment("Oct 2025", "64.0", "2025-10-01T10:00:00Z"))))
                .hasMessage("Invalid targets for TST-01: period must be quarterly like the KPI, but Oct 2025 is not");
        assertThatThrownBy(() -> new TargetAmendment(period("2025/26 Q3"), null, "why", "approver", Instant.EPOCH))
                .hasMessage("Invalid target amendment: target is required (TGT-04)");
    }

    @Test
    void kpi06ABandKpiFallsBackToItsDefaultBand() {
        Band standard = (Band) target("85.0..92.0");
        KpiDefinition band = SampleKpis.kpi(Unit.PERCENT, Polarity.WITHIN_BAND).defaultBand(standard).build();
        TargetSchedule schedule = TargetSchedule.of(band,
                List.of(AnnualTarget.of(YEAR, target("88.0..95.0"))), List.of());

        assertThat(schedule.targetFor(period("2025/26 Q1")).orElseThrow().target()).isEqualTo(target("88.0..95.0"));
        assertThat(schedule.targetFor(period("2026/27 Q1")).orElseThrow())
                .isEqualTo(TargetInForce.unamended(standard, TargetInForce.Source.DEFAULT_BAND));
    }

    @Test
    void tgt02TargetsOfTheWrongKindFrequencyOrYearAreRefused() {
        KpiDefinition band = SampleKpis.kpi(Unit.PERCENT, Polarity.WITHIN_BAND).build();

        assertThatThrownBy(() -> TargetSchedule.of(band, List.of(AnnualTarget.of(YEAR, target("68.0"))), List.of()))
                .hasMessage("Invalid targets for TST-01: target must be a band (a lower and an upper limit), as the "
                        + "polarity is WITHIN_BAND");
        assertThatThrownBy(() -> TargetSchedule.of(KPI, List.of(AnnualTarget.of(YEAR, target("1..2"))), List.of()))
                .hasMessage("Invalid targets for TST-01: target must be a single value, as only a KPI whose polarity "
                        + "is WITHIN_BAND has a band");
        assertThatThrownBy(() -> TargetSchedule.of(KPI,
                List.of(AnnualTarget.of(YEAR, target("68.0")).profiled(period("Jul 2025"), target("1"))), List.of()))
                .hasMessage("Invalid targets for TST-01: period must be quarterly like the KPI, but Jul 2025 is not");
        assertThatThrownBy(() -> TargetSchedule.of(KPI,
                List.of(AnnualTarget.of(YEAR, target("68.0")), AnnualTarget.of(YEAR, target("69.0"))), List.of()))
                .hasMessage("Invalid targets for TST-01: financialYear must be unique, but 2025/26 has two targets");
        assertThatThrownBy(() -> AnnualTarget.of(YEAR, target("68.0")).profiled(period("2026/27 Q1"), target("1")))
                .hasMessage("Invalid target for 2025/26: period must fall in 2025/26, but 2026/27 Q1 does not");
    }

    @Test
    void tgt04AnAmendmentNeedsAReasonAndAnApprover() {
        assertThatThrownBy(() -> new TargetAmendment(period("2025/26 Q3"), target("1"), " ", "approver",
                Instant.EPOCH)).hasMessage("Invalid target amendment: reason is required (TGT-04)");
        assertThatThrownBy(() -> new TargetAmendment(period("2025/26 Q3"), target("1"), "why", null,
                Instant.EPOCH)).hasMessage("Invalid target amendment: approvedBy is required (TGT-04)");
    }

    @Test
    void targetsCompareByValueNotByScale() {
        assertThat(target("68.0")).isEqualTo(Target.of(new BigDecimal("68"))).hasSameHashCodeAs(target("68"));
        assertThat(target("1.0..2")).isEqualTo(target("1..2.00")).hasSameHashCodeAs(target("1..2"));
    }

    private static FinancialPeriod period(String text) {
        return FinancialPeriod.parse(text);
    }

    private static TargetAmendment amendment(String from, String value, String at) {
        return new TargetAmendment(period(from), target(value), "contract change", "director.place",
                Instant.parse(at));
    }
}
