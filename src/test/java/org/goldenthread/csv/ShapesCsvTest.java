package org.goldenthread.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.measure.AnnualTarget;
import org.goldenthread.measure.Band;
import org.goldenthread.measure.Control;
import org.goldenthread.measure.CorporateHealthCategory;
import org.goldenthread.measure.DataQuality;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.FinancialYear;
import org.goldenthread.measure.Frequency;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.PlausibleRange;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.ReportingLevel;
import org.goldenthread.measure.SampleKpis;
import org.goldenthread.measure.Tolerance;
import org.goldenthread.measure.Unit;
import org.junit.jupiter.api.Test;

/** The KPI, target and measurement files (SYS-01): what export writes, import reads back; bad rows are named. */
class ShapesCsvTest {
    private static final KpiDefinition WASTE = KpiDefinition.builder().key("WST-01").title("Household waste, recycled")
            .directorate("Place").unit(Unit.PERCENT).decimals(1).polarity(Polarity.HIGHER_IS_BETTER)
            .frequency(Frequency.QUARTERLY).owner("head.waste").updaters(List.of("officer.one", "officer.two"))
            .approver("director.place").level(ReportingLevel.STRATEGIC).control(Control.INFLUENCED)
            .tolerance(Tolerance.absolute(new BigDecimal("2.5"))).isPublic(true).priority("A cleaner borough")
            .corporateHealth(CorporateHealthCategory.RESIDENTS).definition("Share of \"household\" waste\nrecycled")
            .rationale("Landfill tax").calculation("recycled / total").dataSource("WasteDataFlow")
            .plausibleRange(PlausibleRange.between(BigDecimal.ZERO, new BigDecimal("100")))
            .benchmarkIndicator("LGI-45").build();
    private static final KpiDefinition OCCUPANCY = SampleKpis.kpi(Unit.PERCENT, Polarity.WITHIN_BAND).key("HOU-07")
            .frequency(Frequency.MONTHLY).defaultBand(new Band(new BigDecimal("85"), new BigDecimal("92.5")))
            .compliance(false).build();
    private static final Map<String, KpiDefinition> KPIS = Map.of("WST-01", WASTE, "HOU-07", OCCUPANCY);

    @Test
    void sys01KpisRoundTripExactly() {
        Parsed<KpiDefinition> parsed = KpiCsv.parse(table(KpiCsv.write(List.of(WASTE, OCCUPANCY))));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).containsExactly(WASTE, OCCUPANCY);
    }

    @Test
    void sys01EveryBadKpiRowIsReportedWithRowColumnValueAndRule() {
        String file = """
                key,title,directorate,unit,decimals,polarity,frequency,owner,tolerance_type,tolerance
                WST-01,Recycling,Place,percent,one,higher is better,QUARTERLY,head.waste,,
                WST-02,Residual waste,Place,KG,0,LOWER_IS_BETTER,quarterly,head.waste,RELATIVE,
                WST-01,Again,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,,,
                wst 4,Fly-tipping,Place,NUMBER,0,LOWER_IS_BETTER,QUARTERLY,head.waste,ABSOLUTE,-1
                """;

        Parsed<KpiDefinition> parsed = KpiCsv.parse(table(file));

        assertThat(parsed.items()).isEmpty();
        assertThat(parsed.problems()).extracting(CsvProblem::toString).containsExactly(
                "row 2, column decimals ('one'): must be a whole number from 0 to 6",
                "row 3, column unit ('KG'): must be one of PERCENT, NUMBER, RATE_PER_1000, RATE_PER_100000, "
                        + "KG_PER_PERSON, TONNES, POUNDS, DAYS, SCORE",
                "row 3, column tolerance: is needed with the other tolerance column (leave both empty for the council"
                        + " default)",
                "row 4, column owner: is required",
                "row 5, column tolerance ('-1'): cannot be negative, but is -1",
                "row 5, column key ('wst 4'): must be capital letters, digits and single hyphens, starting with a "
                        + "letter and at most 32 characters (e.g. WST-01), but is 'wst 4'");
    }

    @Test
    void sys01ADuplicateKpiAndAMissingOrUnknownColumnAreNamed() {
        String duplicate = KpiCsv.write(List.of(WASTE, WASTE));
        assertThat(KpiCsv.parse(table(duplicate)).problems()).extracting(CsvProblem::toString)
                .containsExactly("row 3, column key ('WST-01'): appears again: row 2 has the same KPI");
        assertThat(KpiCsv.parse(table("key,title,colour\n")).problems()).extracting(CsvProblem::toString)
                .startsWith("row 1, column directorate: is a required column, and the header lacks it")
                .anyMatch(problem -> problem.startsWith("row 1, column colour: is not a column of this file"));
    }

    @Test
    void sys01ATextLongerThanTheDatabaseKeepsIsNamedOnce() {
        String file = "key,title,directorate,unit,decimals,polarity,frequency,owner,rationale\n"
                + "WST-01," + "t".repeat(300) + "," + "d".repeat(256) + ",PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,o,"
                + "r".repeat(5000) + "\n";

        assertThat(KpiCsv.parse(table(file)).problems()).extracting(CsvProblem::toString).containsExactly(
                "row 2, column title ('tttttttttttttttttttt…'): must be at most 255 characters, but has 300",
                "row 2, column directorate ('dddddddddddddddddddd…'): must be at most 255 characters, but has 256");
    }

    @Test
    void sys01AFigureInExponentFormReadsAsTheSameNumberAndAHugeOneIsRefused() {
        String file = "kpi,period,value\nWST-01,2025/26 Q1,6.12E+1\nWST-01,2025/26 Q2,1E+1\nWST-01,2025/26 Q3,1E+300\n";

        Parsed<MeasurementCsv.Figure> parsed = MeasurementCsv.parse(table(file), KPIS);

        assertThat(parsed.problems()).extracting(CsvProblem::toString)
                .containsExactly("row 4, column value ('1E+300'): must have at most 40 digits");
        assertThat(MeasurementCsv.write(parsed.items())).contains("WST-01,2025-26-Q1,61.2,").contains(
                "WST-01,2025-26-Q2,10,");
    }

    @Test
    void tgt02TargetsRoundTripWithProfilesAndBands() {
        List<TargetCsv.YearTarget> targets = List.of(
                new TargetCsv.YearTarget(WASTE, AnnualTarget.of(FinancialYear.startingIn(2025),
                        SampleKpis.target("68.0")).profiled(FinancialPeriod.parse("2025/26 Q3"),
                        SampleKpis.target("60.50"))),
                new TargetCsv.YearTarget(OCCUPANCY, AnnualTarget.of(FinancialYear.startingIn(2025),
                        SampleKpis.target("85..92.5"))));

        Parsed<TargetCsv.YearTarget> parsed = TargetCsv.parse(table(TargetCsv.write(targets)), KPIS);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).containsExactlyElementsOf(targets);
    }

    @Test
    void tgt02BadTargetRowsAreNamed() {
        String file = """
                kpi,financial_year,value,period,band_low,band_high
                WST-01,2025/26,68.0,,,
                WST-01,2025/26,60,2026/27 Q1,,
                WST-09,2025/26,1,,,
                HOU-07,2025-26,88,,,
                WST-01,2026/27,,2026/27 Q2,,
                WST-01,2025/26 Q9,1,,,
                """;

        assertThat(TargetCsv.parse(table(file), KPIS).problems()).extracting(CsvProblem::toString).containsExactly(
                "row 3, column period ('2026/27 Q1'): must fall in 2025/26",
                "row 4, column kpi ('WST-09'): is not a KPI in Golden Thread: import the KPI definitions first",
                "row 5, column band_low: HOU-07 is judged against a band, so give band_low and band_high and leave "
                        + "value empty",
                "row 6, column value: is required",
                "row 7, column financial_year ('2025/26 Q9'): is not an annual financial period: write a year as "
                        + "2025/26 or 2025-26");
    }

    @Test
    void sys01MeasurementsRoundTripExactly() {
        List<MeasurementCsv.Figure> figures = List.of(
                new MeasurementCsv.Figure(WASTE, FinancialPeriod.parse("2025/26 Q1"), new BigDecimal("61.20"),
                        Optional.of(new BigDecimal("612")), Optional.of(new BigDecimal("1000")),
                        DataQuality.PROVISIONAL, "Rounds missed, \"see\" notes"),
                new MeasurementCsv.Figure(OCCUPANCY, FinancialPeriod.parse("2011-12", Frequency.MONTHLY),
                        new BigDecimal("90"), Optional.empty(), Optional.empty(), DataQuality.CONFIRMED, ""));

        Parsed<MeasurementCsv.Figure> parsed = MeasurementCsv.parse(table(MeasurementCsv.write(figures)), KPIS);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).containsExactlyElementsOf(figures);
    }

    @Test
    void sys01BadMeasurementRowsAreNamed() {
        String file = """
                kpi,period,value,data_quality
                WST-01,2025/26 Q1,61.2,
                WST-01,2025-26-Q1,62,
                WST-01,Q3 2025/26,61.2,
                WST-01,2025/26 Q2,sixty,
                WST-01,2025/26 Q3,140,
                WST-01,2025/26 Q4,50,guessed
                """;

        assertThat(MeasurementCsv.parse(table(file), KPIS).problems()).extracting(CsvProblem::toString)
                .containsExactly(
                        "row 3, column period ('2025/26 Q1'): appears again for WST-01: see row 2",
                        "row 4, column period ('Q3 2025/26'): is not a quarterly financial period: write a quarter as"
                                + " 2025/26 Q2 or 2025-26-Q2",
                        "row 5, column value ('sixty'): must be a number written with digits and a decimal point, "
                                + "e.g. 61.2",
                        "row 6, column value ('140'): lies outside WST-01's plausible range",
                        "row 7, column data_quality ('guessed'): must be one of CONFIRMED, PROVISIONAL, ESTIMATED");
    }

    private static CsvTable table(String text) {
        return CsvReader.read(text.getBytes(StandardCharsets.UTF_8));
    }
}
