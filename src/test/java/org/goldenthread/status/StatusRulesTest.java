package org.goldenthread.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.measure.SampleKpis.figure;
import static org.goldenthread.measure.SampleKpis.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.measure.AnnualTarget;
import org.goldenthread.measure.Control;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.FinancialYear;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.SampleKpis;
import org.goldenthread.measure.TargetAmendment;
import org.goldenthread.measure.TargetInForce;
import org.goldenthread.measure.TargetSchedule;
import org.goldenthread.measure.Tolerance;
import org.goldenthread.measure.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RAG status with polarity and tolerance (RAG-01 to RAG-11, TGT-08), judged on figures as displayed. */
class StatusRulesTest {
    private static final FinancialPeriod Q2 = FinancialPeriod.parse("2025/26 Q2");
    private static final LocalDate AFTER_DUE = LocalDate.of(2025, 11, 15);
    private static final StatusRules RULES = new StatusRules(RatingPolicy.STANDARD);

    @ParameterizedTest(name = "{0} {1} target {4}, tolerance ''{5}'', {6} is {7}")
    @CsvSource(delimiter = '|', textBlock = """
            RAG-04 on target            | HIGHER_IS_BETTER | PERCENT | 1 | 68.0      | 5%   | 68.0   | GREEN  | Green: 68.0% meets the 68.0% target.
            RAG-04 shown as on target   | HIGHER_IS_BETTER | PERCENT | 1 | 68.0      | 5%   | 67.95  | GREEN  | Green: 68.0% meets the 68.0% target.
            RAG-04 one unit better      | HIGHER_IS_BETTER | PERCENT | 1 | 68.0      | 5%   | 68.1   | GREEN  | Green: 68.1% is 0.1 points above the 68.0% target.
            RAG-04 one unit worse       | HIGHER_IS_BETTER | PERCENT | 1 | 68.0      | 5%   | 67.94  | AMBER  | Amber: 67.9% is 0.1 points below the 68.0% target; amber allows up to 3.4 points (5% of target).
            RAG-04 on the boundary      | HIGHER_IS_BETTER | PERCENT | 1 | 68.0      | 5%   | 64.6   | AMBER  | Amber: 64.6% is 3.4 points below the 68.0% target; amber allows up to 3.4 points (5% of target).
            RAG-04 past the boundary    | HIGHER_IS_BETTER | PERCENT | 1 | 68.0      | 5%   | 64.5   | RED    | Red: 64.5% is 3.5 points below the 68.0% target; amber allows up to 3.4 points (5% of target).
            RAG-04 well below           | HIGHER_IS_BETTER | PERCENT | 1 | 68.0      | 5%   | 61.2   | RED    | Red: 61.2% is 6.8 points below the 68.0% target; amber allows up to 3.4 points (5% of target).
            RAG-02 council default      | HIGHER_IS_BETTER | PERCENT | 1 | 68.0      |      | 66.0   | AMBER  | Amber: 66.0% is 2.0 points below the 68.0% target; amber allows up to 3.4 points (5% of target, the council default).
            RAG-04 absolute points      | HIGHER_IS_BETTER | PERCENT | 1 | 95.0      | 2    | 93.0   | AMBER  | Amber: 93.0% is 2.0 points below the 95.0% target; amber allows up to 2.0 points.
            RAG-04 absolute points past | HIGHER_IS_BETTER | PERCENT | 1 | 95.0      | 2    | 92.9   | RED    | Red: 92.9% is 2.1 points below the 95.0% target; amber allows up to 2.0 points.
            RAG-10 no tolerance         | HIGHER_IS_BETTER | PERCENT | 1 | 95.0      | none | 94.9   | RED    | Red: 94.9% is 0.1 points below the 95.0% target; there is no amber tolerance.
            RAG-04 lower on target      | LOWER_IS_BETTER  | DAYS    | 1 | 9.0       | 10%  | 9.0    | GREEN  | Green: 9.0 days meets the target of 9.0 days.
            RAG-04 lower one unit good  | LOWER_IS_BETTER  | DAYS    | 1 | 9.0       | 10%  | 8.9    | GREEN  | Green: 8.9 days is 0.1 days below the target of 9.0 days.
            RAG-04 lower one unit worse | LOWER_IS_BETTER  | DAYS    | 1 | 9.0       | 10%  | 9.1    | AMBER  | Amber: 9.1 days is 0.1 days above the target of 9.0 days; amber allows up to 0.9 days (10% of target).
            RAG-04 lower boundary       | LOWER_IS_BETTER  | DAYS    | 1 | 9.0       | 10%  | 9.9    | AMBER  | Amber: 9.9 days is 0.9 days above the target of 9.0 days; amber allows up to 0.9 days (10% of target).
            RAG-04 lower past boundary  | LOWER_IS_BETTER  | DAYS    | 1 | 9.0       | 10%  | 10.0   | RED    | Red: 10.0 days is 1.0 days above the target of 9.0 days; amber allows up to 0.9 days (10% of target).
            RAG-04 band inside          | WITHIN_BAND      | PERCENT | 1 | 85.0..92.0| 5%   | 88.0   | GREEN  | Green: 88.0% is within the 85.0%–92.0% band.
            RAG-04 band lower limit     | WITHIN_BAND      | PERCENT | 1 | 85.0..92.0| 5%   | 85.0   | GREEN  | Green: 85.0% is within the 85.0%–92.0% band.
            RAG-04 band just below      | WITHIN_BAND      | PERCENT | 1 | 85.0..92.0| 5%   | 84.9   | AMBER  | Amber: 84.9% is 0.1 points below the 85.0%–92.0% band; amber allows up to 4.25 points (5% of the band's lower limit).
            RAG-04 band inside allowance| WITHIN_BAND      | PERCENT | 1 | 85.0..92.0| 5%   | 80.8   | AMBER  | Amber: 80.8% is 4.2 points below the 85.0%–92.0% band; amber allows up to 4.25 points (5% of the band's lower limit).
            RAG-04 band past allowance  | WITHIN_BAND      | PERCENT | 1 | 85.0..92.0| 5%   | 80.7   | RED    | Red: 80.7% is 4.3 points below the 85.0%–92.0% band; amber allows up to 4.25 points (5% of the band's lower limit).
            RAG-04 band upper limit     | WITHIN_BAND      | PERCENT | 1 | 85.0..92.0| 5%   | 92.0   | GREEN  | Green: 92.0% is within the 85.0%–92.0% band.
            RAG-04 band upper boundary  | WITHIN_BAND      | PERCENT | 1 | 85.0..92.0| 5%   | 96.6   | AMBER  | Amber: 96.6% is 4.6 points above the 85.0%–92.0% band; amber allows up to 4.6 points (5% of the band's upper limit).
            RAG-04 band above boundary  | WITHIN_BAND      | PERCENT | 1 | 85.0..92.0| 5%   | 96.7   | RED    | Red: 96.7% is 4.7 points above the 85.0%–92.0% band; amber allows up to 4.6 points (5% of the band's upper limit).
            RAG-04 zero target          | LOWER_IS_BETTER  | NUMBER  | 0 | 0         | 5%   | 0      | GREEN  | Green: 0 meets the 0 target.
            RAG-04 zero target worse    | LOWER_IS_BETTER  | NUMBER  | 0 | 0         | 5%   | 1      | RED    | Red: 1 is 1 above the 0 target; amber allows nothing, as 5% of a zero target is zero.
            RAG-04 zero target absolute | LOWER_IS_BETTER  | NUMBER  | 0 | 0         | 2    | 2      | AMBER  | Amber: 2 is 2 above the 0 target; amber allows up to 2.
            RAG-02 rounding never widens| HIGHER_IS_BETTER | NUMBER  | 0 | 10        | 5%   | 9      | RED    | Red: 9 is 1 below the 10 target; amber allows up to 0.5 (5% of target).
            RAG-02 allowance in between | HIGHER_IS_BETTER | PERCENT | 1 | 67.3      | 5%   | 63.94  | RED    | Red: 63.9% is 3.4 points below the 67.3% target; amber allows up to 3.365 points (5% of target).
            RAG-02 allowance, shown in  | HIGHER_IS_BETTER | PERCENT | 1 | 67.3      | 5%   | 63.95  | AMBER  | Amber: 64.0% is 3.3 points below the 67.3% target; amber allows up to 3.365 points (5% of target).
            RAG-04 negative target      | HIGHER_IS_BETTER | POUNDS  | 0 | -50       | 10%  | -50    | GREEN  | Green: -£50 meets the -£50 target.
            RAG-04 negative, better     | HIGHER_IS_BETTER | POUNDS  | 0 | -50       | 10%  | 10     | GREEN  | Green: £10 is £60 above the -£50 target.
            RAG-04 negative boundary    | HIGHER_IS_BETTER | POUNDS  | 0 | -50       | 10%  | -55    | AMBER  | Amber: -£55 is £5 below the -£50 target; amber allows up to £5 (10% of target).
            RAG-04 negative past        | HIGHER_IS_BETTER | POUNDS  | 0 | -50       | 10%  | -56    | RED    | Red: -£56 is £6 below the -£50 target; amber allows up to £5 (10% of target).
            RAG-04 negative, lower      | LOWER_IS_BETTER  | POUNDS  | 0 | -50       | 10%  | -46    | AMBER  | Amber: -£46 is £4 above the -£50 target; amber allows up to £5 (10% of target).
            RAG-04 one inside boundary  | HIGHER_IS_BETTER | PERCENT | 1 | 68.0      | 5%   | 64.7   | AMBER  | Amber: 64.7% is 3.3 points below the 68.0% target; amber allows up to 3.4 points (5% of target).
            RAG-04 absolute one inside  | HIGHER_IS_BETTER | PERCENT | 1 | 95.0      | 2    | 93.1   | AMBER  | Amber: 93.1% is 1.9 points below the 95.0% target; amber allows up to 2.0 points.
            RAG-04 lower one inside     | LOWER_IS_BETTER  | DAYS    | 1 | 9.0       | 10%  | 9.8    | AMBER  | Amber: 9.8 days is 0.8 days above the target of 9.0 days; amber allows up to 0.9 days (10% of target).
            RAG-04 band one inside lower| WITHIN_BAND      | PERCENT | 1 | 80.0..92.0| 5%   | 80.1   | GREEN  | Green: 80.1% is within the 80.0%–92.0% band.
            RAG-04 band one below lower | WITHIN_BAND      | PERCENT | 1 | 80.0..92.0| 5%   | 79.9   | AMBER  | Amber: 79.9% is 0.1 points below the 80.0%–92.0% band; amber allows up to 4.0 points (5% of the band's lower limit).
            RAG-04 band lower inside tol| WITHIN_BAND      | PERCENT | 1 | 80.0..92.0| 5%   | 76.1   | AMBER  | Amber: 76.1% is 3.9 points below the 80.0%–92.0% band; amber allows up to 4.0 points (5% of the band's lower limit).
            RAG-04 band lower boundary  | WITHIN_BAND      | PERCENT | 1 | 80.0..92.0| 5%   | 76.0   | AMBER  | Amber: 76.0% is 4.0 points below the 80.0%–92.0% band; amber allows up to 4.0 points (5% of the band's lower limit).
            RAG-04 band past lower tol  | WITHIN_BAND      | PERCENT | 1 | 80.0..92.0| 5%   | 75.9   | RED    | Red: 75.9% is 4.1 points below the 80.0%–92.0% band; amber allows up to 4.0 points (5% of the band's lower limit).
            RAG-04 band one inside upper| WITHIN_BAND      | PERCENT | 1 | 80.0..92.0| 5%   | 91.9   | GREEN  | Green: 91.9% is within the 80.0%–92.0% band.
            RAG-04 band one above upper | WITHIN_BAND      | PERCENT | 1 | 80.0..92.0| 5%   | 92.1   | AMBER  | Amber: 92.1% is 0.1 points above the 80.0%–92.0% band; amber allows up to 4.6 points (5% of the band's upper limit).
            RAG-04 band upper inside tol| WITHIN_BAND      | PERCENT | 1 | 80.0..92.0| 5%   | 96.5   | AMBER  | Amber: 96.5% is 4.5 points above the 80.0%–92.0% band; amber allows up to 4.6 points (5% of the band's upper limit).
            RAG-04 negative, one better | HIGHER_IS_BETTER | POUNDS  | 0 | -50       | 10%  | -49    | GREEN  | Green: -£49 is £1 above the -£50 target.
            RAG-04 negative, one worse  | HIGHER_IS_BETTER | POUNDS  | 0 | -50       | 10%  | -51    | AMBER  | Amber: -£51 is £1 below the -£50 target; amber allows up to £5 (10% of target).
            RAG-04 negative, one inside | HIGHER_IS_BETTER | POUNDS  | 0 | -50       | 10%  | -54    | AMBER  | Amber: -£54 is £4 below the -£50 target; amber allows up to £5 (10% of target).
            RAG-04 negative lower on    | LOWER_IS_BETTER  | POUNDS  | 0 | -50       | 10%  | -50    | GREEN  | Green: -£50 meets the -£50 target.
            RAG-04 negative lower better| LOWER_IS_BETTER  | POUNDS  | 0 | -50       | 10%  | -51    | GREEN  | Green: -£51 is £1 below the -£50 target.
            RAG-04 negative lower worse | LOWER_IS_BETTER  | POUNDS  | 0 | -50       | 10%  | -49    | AMBER  | Amber: -£49 is £1 above the -£50 target; amber allows up to £5 (10% of target).
            RAG-04 negative lower bound | LOWER_IS_BETTER  | POUNDS  | 0 | -50       | 10%  | -45    | AMBER  | Amber: -£45 is £5 above the -£50 target; amber allows up to £5 (10% of target).
            RAG-04 negative lower past  | LOWER_IS_BETTER  | POUNDS  | 0 | -50       | 10%  | -44    | RED    | Red: -£44 is £6 above the -£50 target; amber allows up to £5 (10% of target).
            RAG-04 negative band inside | WITHIN_BAND      | POUNDS  | 0 | -100..-50 | 10%  | -50    | GREEN  | Green: -£50 is within the -£100 to -£50 band.
            RAG-04 negative band above  | WITHIN_BAND      | POUNDS  | 0 | -100..-50 | 10%  | -49    | AMBER  | Amber: -£49 is £1 above the -£100 to -£50 band; amber allows up to £5 (10% of the band's upper limit).
            RAG-04 negative band upper  | WITHIN_BAND      | POUNDS  | 0 | -100..-50 | 10%  | -45    | AMBER  | Amber: -£45 is £5 above the -£100 to -£50 band; amber allows up to £5 (10% of the band's upper limit).
            RAG-04 negative band past up| WITHIN_BAND      | POUNDS  | 0 | -100..-50 | 10%  | -44    | RED    | Red: -£44 is £6 above the -£100 to -£50 band; amber allows up to £5 (10% of the band's upper limit).
            RAG-04 negative band lower  | WITHIN_BAND      | POUNDS  | 0 | -100..-50 | 10%  | -110   | AMBER  | Amber: -£110 is £10 below the -£100 to -£50 band; amber allows up to £10 (10% of the band's lower limit).
            RAG-04 negative band past lo| WITHIN_BAND      | POUNDS  | 0 | -100..-50 | 10%  | -111   | RED    | Red: -£111 is £11 below the -£100 to -£50 band; amber allows up to £10 (10% of the band's lower limit).
            RAG-04 zero target, better  | LOWER_IS_BETTER  | NUMBER  | 0 | 0         | 5%   | -1     | GREEN  | Green: -1 is 1 below the 0 target.
            RAG-04 zero target, higher  | HIGHER_IS_BETTER | NUMBER  | 0 | 0         | 5%   | 0      | GREEN  | Green: 0 meets the 0 target.
            RAG-04 zero higher, better  | HIGHER_IS_BETTER | NUMBER  | 0 | 0         | 5%   | 1      | GREEN  | Green: 1 is 1 above the 0 target.
            RAG-04 zero higher, worse   | HIGHER_IS_BETTER | NUMBER  | 0 | 0         | 5%   | -1     | RED    | Red: -1 is 1 below the 0 target; amber allows nothing, as 5% of a zero target is zero.
            RAG-04 zero, shown as zero  | HIGHER_IS_BETTER | PERCENT | 1 | 0.0       |      | -0.04  | GREEN  | Green: 0.0% meets the 0.0% target.
            RAG-04 zero, one unit worse | HIGHER_IS_BETTER | PERCENT | 1 | 0.0       |      | -0.05  | RED    | Red: -0.1% is 0.1 points below the 0.0% target; amber allows nothing, as 5% of a zero target is zero.
            RAG-04 zero absolute inside | LOWER_IS_BETTER  | NUMBER  | 0 | 0         | 2    | 1      | AMBER  | Amber: 1 is 1 above the 0 target; amber allows up to 2.
            RAG-04 zero absolute past   | LOWER_IS_BETTER  | NUMBER  | 0 | 0         | 2    | 3      | RED    | Red: 3 is 3 above the 0 target; amber allows up to 2.
            RAG-04 zero band limit      | WITHIN_BAND      | NUMBER  | 0 | 0..5      | 5%   | 0      | GREEN  | Green: 0 is within the 0–5 band.
            RAG-04 zero band limit below| WITHIN_BAND      | NUMBER  | 0 | 0..5      | 5%   | -1     | RED    | Red: -1 is 1 below the 0–5 band; amber allows nothing, as 5% of a zero limit is zero.
            RAG-04 zero band, above     | WITHIN_BAND      | NUMBER  | 0 | 0..5      | 5%   | 6      | RED    | Red: 6 is 1 above the 0–5 band; amber allows up to 0.25 (5% of the band's upper limit).
            """)
    void judgesAgainstTargetWithPolarityAndTolerance(String rule, Polarity polarity, Unit unit, int decimals,
                                                     String target, String tolerance, String value, Status status,
                                                     String explanation) {
        KpiDefinition.Builder kpi = kpi(unit, polarity).decimals(decimals);
        if (tolerance != null) {
            kpi.tolerance(SampleKpis.tolerance(tolerance));
        }

        StatusAssessment assessment = assess(kpi.build(), target, value);

        assertThat(assessment.status()).isEqualTo(status);
        assertThat(assessment.explanation()).isEqualTo(explanation);
        assertThat(assessment.ruleVersion()).isEqualTo(StatusRules.RULE_VERSION);
        assertThat(assessment.thresholds()).isPresent();
    }

    @ParameterizedTest(name = "RAG-03 compliance, {0}: {3} against {2} is {4}")
    @CsvSource(delimiter = '|', textBlock = """
            HIGHER_IS_BETTER | PERCENT | 100    | 100  | MET     | Met: 100% meets the 100% target.
            HIGHER_IS_BETTER | PERCENT | 100    | 99.6 | MET     | Met: 100% meets the 100% target.
            HIGHER_IS_BETTER | PERCENT | 100    | 99.4 | NOT_MET | Not met: 99% is 1 point below the 100% target; a compliance measure has no tolerance.
            HIGHER_IS_BETTER | PERCENT | 100    | 80   | NOT_MET | Not met: 80% is 20 points below the 100% target; a compliance measure has no tolerance.
            HIGHER_IS_BETTER | PERCENT | 95     | 96   | MET     | Met: 96% is 1 point above the 95% target.
            LOWER_IS_BETTER  | NUMBER  | 0      | 0.4  | MET     | Met: 0 meets the 0 target.
            LOWER_IS_BETTER  | NUMBER  | 0      | 1    | NOT_MET | Not met: 1 is 1 above the 0 target; a compliance measure has no tolerance.
            LOWER_IS_BETTER  | NUMBER  | -5     | -6   | MET     | Met: -6 is 1 below the -5 target.
            WITHIN_BAND      | PERCENT | 95..99 | 95   | MET     | Met: 95% is within the 95%–99% band.
            WITHIN_BAND      | PERCENT | 95..99 | 94   | NOT_MET | Not met: 94% is 1 point below the 95%–99% band; a compliance measure has no tolerance.
            WITHIN_BAND      | PERCENT | 95..99 | 100  | NOT_MET | Not met: 100% is 1 point above the 95%–99% band; a compliance measure has no tolerance.
            """)
    void complianceIsMetOrNotMetAndNeverAmber(Polarity polarity, Unit unit, String target, String value,
                                              Status status, String explanation) {
        KpiDefinition kpi = kpi(unit, polarity).decimals(0).compliance(true).build();

        StatusAssessment assessment = assess(kpi, target, value);

        assertThat(assessment.status()).isEqualTo(status);
        assertThat(assessment.explanation()).isEqualTo(explanation);
        assertThat(assessment.inputs().tolerance()).isEqualTo(Tolerance.NONE);
        assertThat(assessment.thresholds().orElseThrow().amber())
                .as("nothing is amber").isEqualTo(assessment.thresholds().orElseThrow().green());
    }

    @Test
    void rag03ATenPercentProfileForEveryMeasureButComplianceWhichHasNone() {
        StatusRules tenPercent = new StatusRules(new RatingPolicy(Tolerance.relative(BigDecimal.TEN),
                Period.ofMonths(1)));
        KpiDefinition ordinary = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).build();
        KpiDefinition compliance = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).compliance(true).build();

        StatusAssessment withinTen = tenPercent.assess(request(ordinary, annual(ordinary, "68.0"), "61.2"));
        StatusAssessment pastTen = tenPercent.assess(request(ordinary, annual(ordinary, "68.0"), "61.1"));
        StatusAssessment notMet = tenPercent.assess(request(compliance, annual(compliance, "68.0"), "67.9"));

        assertThat(withinTen.status()).isEqualTo(Status.AMBER);
        assertThat(withinTen.explanation()).isEqualTo("Amber: 61.2% is 6.8 points below the 68.0% target; amber "
                + "allows up to 6.8 points (10% of target, the council default).");
        assertThat(pastTen.status()).isEqualTo(Status.RED);
        assertThat(notMet.status()).isEqualTo(Status.NOT_MET);
        assertThat(notMet.inputs().tolerance()).isEqualTo(Tolerance.NONE);
        assertThat(notMet.inputs().toleranceInherited()).isFalse();
    }

    @ParameterizedTest(name = "{0}: {6}")
    @CsvSource(delimiter = '|', textBlock = """
            RAG-05 no target              | 61.2 |      | CONTROLLED |                 | 2025-11-15 | NO_TARGET | No target: 61.2% is reported as data only, with no target for 2025/26 Q2.
            KPI-15 context, with a target | 40.0 | 68.0 | CONTEXT    |                 | 2025-11-15 | CONTEXT   | Context measure: 40.0% is shown for context and not rated, as this is a context-only measure.
            KPI-15 context, no target     | 40.0 |      | CONTEXT    |                 | 2025-11-15 | CONTEXT   | Context measure: 40.0% is shown for context and not rated, as this is a context-only measure.
            RAG-05 not due, before        |      | 68.0 | CONTROLLED |                 | 2025-10-01 | NOT_DUE   | Not yet due: the 2025/26 Q2 figure is due by 31 October 2025.
            RAG-05 not due, on the day    |      | 68.0 | CONTROLLED |                 | 2025-10-31 | NOT_DUE   | Not yet due: the 2025/26 Q2 figure is due by 31 October 2025.
            RAG-05 not due, no target     |      |      | CONTROLLED |                 | 2025-10-31 | NOT_DUE   | Not yet due: the 2025/26 Q2 figure is due by 31 October 2025.
            RAG-05 missing, day after     |      | 68.0 | CONTROLLED |                 | 2025-11-01 | MISSING   | Missing: the 2025/26 Q2 figure was due by 31 October 2025 and has not been entered.
            RAG-05 missing, context       |      |      | CONTEXT    |                 | 2025-11-15 | MISSING   | Missing: the 2025/26 Q2 figure was due by 31 October 2025 and has not been entered.
            TGT-08 suspended              | 40.0 | 68.0 | CONTROLLED | pandemic response | 2025-11-15 | SUSPENDED | Not rated: rating is suspended for 2025/26 Q2 (pandemic response); 40.0% is shown against the 68.0% target for information.
            TGT-08 suspended, no figure   |      | 68.0 | CONTROLLED | flood recovery  | 2025-11-15 | SUSPENDED | Not rated: rating is suspended for 2025/26 Q2 (flood recovery); the 68.0% target is shown for information.
            TGT-08 suspended, no target   | 40.0 |      | CONTROLLED | reorganisation  | 2025-11-15 | SUSPENDED | Not rated: rating is suspended for 2025/26 Q2 (reorganisation); 40.0% is shown for information.
            TGT-08 suspended, nothing     |      |      | CONTROLLED | reorganisation  | 2025-11-15 | SUSPENDED | Not rated: rating is suspended for 2025/26 Q2 (reorganisation).
            TGT-08 suspended context      | 40.0 | 68.0 | CONTEXT    | reorganisation  | 2025-11-15 | SUSPENDED | Not rated: rating is suspended for 2025/26 Q2 (reorganisation); 40.0% is shown against the 68.0% target for information.
            """)
    void rag05EveryStatusThatIsNotAJudgementIsExplainedAndNeverCountsAsRedOrGreen(
            String rule, String figure, String target, Control control, String suspension, LocalDate asOf,
            Status status, String explanation) {
        KpiDefinition kpi = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).control(control).build();
        TargetSchedule targets = target == null ? TargetSchedule.none(kpi) : annual(kpi, target);
        RatingRequest request = RatingRequest.of(targets, Q2,
                Optional.ofNullable(figure).map(value -> figure(Q2.label(), value)), asOf);

        StatusAssessment assessment = RULES.assess(suspension == null ? request : request.suspended(suspension));

        assertThat(assessment.status()).isEqualTo(status);
        assertThat(assessment.explanation()).isEqualTo(explanation);
        assertThat(assessment.thresholds()).isEmpty();
        assertThat(assessment.status().isJudgement()).isFalse();
        assertThat(assessment.status().isOnTarget()).isFalse();
        assertThat(assessment.status().isOffTarget()).isFalse();
        assertThat(assessment.ruleVersion()).isEqualTo(StatusRules.RULE_VERSION);
    }

    @Test
    void tgt08ASuspensionNeedsAReason() {
        KpiDefinition kpi = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).build();

        assertThatThrownBy(() -> RatingRequest.of(annual(kpi, "68.0"), Q2, Optional.empty(), AFTER_DUE)
                .suspended(" ")).hasMessage("Invalid suspension for 2025/26 Q2: suspension needs a reason (TGT-08)");
    }

    @Test
    void kpi06ATargetOfTheWrongKindForThePolarityIsRefused() {
        KpiDefinition band = kpi(Unit.PERCENT, Polarity.WITHIN_BAND).build();
        Optional<TargetInForce> value = Optional.of(TargetInForce.unamended(SampleKpis.target("50"),
                TargetInForce.Source.ANNUAL));

        assertThatThrownBy(() -> new RatingRequest(band, Q2, Optional.empty(), value, Optional.empty(), AFTER_DUE))
                .hasMessage("KPI TST-01 has polarity WITHIN_BAND, so its target must be a band, not 50.0%");
    }

    @Test
    void rag05TheSubmissionLagIsTheCouncils() {
        KpiDefinition kpi = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).build();
        StatusRules sixWeeks = new StatusRules(new RatingPolicy(Tolerance.COUNCIL_DEFAULT,
                Period.ofWeeks(6)));

        StatusAssessment assessment = sixWeeks.assess(
                RatingRequest.of(annual(kpi, "68.0"), Q2, Optional.empty(), LocalDate.of(2025, 11, 11)));

        assertThat(assessment.status()).isEqualTo(Status.NOT_DUE);
        assertThat(assessment.inputs().dueDate()).isEqualTo(LocalDate.of(2025, 11, 11));
    }

    @Test
    void rag05NonJudgingStatusesNeverCountAsRedOrGreen() {
        Set<Status> nonJudging = EnumSet.of(Status.NO_TARGET, Status.CONTEXT, Status.NOT_DUE, Status.MISSING,
                Status.SUSPENDED);

        for (Status status : Status.values()) {
            boolean judging = !nonJudging.contains(status);
            assertThat(status.isJudgement()).as(status.name()).isEqualTo(judging);
            if (!judging) {
                assertThat(status.isOnTarget() || status.isOffTarget()).as(status.name()).isFalse();
            }
        }
    }

    @Test
    void tgt04AnAmendedTargetIsJudgedAndTheOriginalNamed() {
        KpiDefinition kpi = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).tolerance(SampleKpis.tolerance("5%")).build();
        TargetSchedule targets = TargetSchedule.of(kpi,
                List.of(AnnualTarget.of(FinancialYear.startingIn(2025), SampleKpis.target("72.0"))),
                List.of(new TargetAmendment(Q2, SampleKpis.target("68.0"), "new contract", "approver",
                        Instant.parse("2025-07-10T09:00:00Z"))));

        StatusAssessment assessment = RULES.assess(request(kpi, targets, "61.2"));

        assertThat(assessment.explanation()).isEqualTo("Red: 61.2% is 6.8 points below the 68.0% target (amended "
                + "from 72.0%); amber allows up to 3.4 points (5% of target).");
        assertThat(assessment.inputs().originalTarget()).contains(SampleKpis.target("72.0"));
    }

    @Test
    void theInputsAndThresholdsAreKeptWithTheStatus() {
        KpiDefinition kpi = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).tolerance(SampleKpis.tolerance("5%")).build();

        StatusAssessment assessment = assess(kpi, "68.04", "61.23");

        RatingInputs inputs = assessment.inputs();
        assertThat(inputs.value()).contains(new BigDecimal("61.23"));
        assertThat(inputs.shown()).contains(new BigDecimal("61.2"));
        assertThat(inputs.target()).contains(SampleKpis.target("68.0"));
        assertThat(inputs.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(inputs.tolerance()).isEqualTo(SampleKpis.tolerance("5%"));
        assertThat(inputs.toleranceInherited()).isFalse();
        Thresholds thresholds = assessment.thresholds().orElseThrow();
        assertThat(thresholds.green()).isEqualTo(Interval.atLeast(new BigDecimal("68.0")));
        assertThat(thresholds.amber()).isEqualTo(Interval.atLeast(new BigDecimal("64.6")));
    }

    @Test
    void everyStatusHasAOneSentenceExplanation() {
        for (Status status : Status.values()) {
            StatusAssessment assessment = RULES.assess(aPeriodThatIs(status));

            String explanation = assessment.explanation();
            assertThat(assessment.status()).as(status.name()).isEqualTo(status);
            assertThat(explanation).as(status.name()).startsWith(status.label() + ": ").endsWith(".")
                    .doesNotContain("null").doesNotContain("Optional");
            assertThat(explanation.substring(0, explanation.length() - 1)).as(status.name() + " is one sentence")
                    .doesNotContain(". ");
        }
    }

    /** A period that gets the status; the switch has no default, so a new status needs a case here to compile. */
    private static RatingRequest aPeriodThatIs(Status status) {
        KpiDefinition percent = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).build();
        KpiDefinition compliance = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).compliance(true).build();
        KpiDefinition context = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).control(Control.CONTEXT).build();
        return switch (status) {
            case GREEN -> request(percent, annual(percent, "68.0"), "70.0");
            case AMBER -> request(percent, annual(percent, "68.0"), "66.0");
            case RED -> request(percent, annual(percent, "68.0"), "50.0");
            case MET -> request(compliance, annual(compliance, "68.0"), "70.0");
            case NOT_MET -> request(compliance, annual(compliance, "68.0"), "50.0");
            case NO_TARGET -> request(percent, TargetSchedule.none(percent), "50.0");
            case CONTEXT -> request(context, annual(context, "68.0"), "50.0");
            case NOT_DUE -> RatingRequest.of(annual(percent, "68.0"), Q2, Optional.empty(), LocalDate.of(2025, 10, 1));
            case MISSING -> RatingRequest.of(annual(percent, "68.0"), Q2, Optional.empty(), AFTER_DUE);
            case SUSPENDED -> request(percent, annual(percent, "68.0"), "50.0").suspended("reorganisation");
        };
    }

    private static StatusAssessment assess(KpiDefinition kpi, String target, String value) {
        return RULES.assess(request(kpi, annual(kpi, target), value));
    }

    private static TargetSchedule annual(KpiDefinition kpi, String target) {
        return TargetSchedule.of(kpi, List.of(AnnualTarget.of(Q2.year(), SampleKpis.target(target))), List.of());
    }

    private static RatingRequest request(KpiDefinition kpi, TargetSchedule targets, String value) {
        return RatingRequest.of(targets, Q2, Optional.of(figure(Q2.label(), value)), AFTER_DUE);
    }
}
