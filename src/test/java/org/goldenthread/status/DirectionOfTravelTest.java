package org.goldenthread.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.measure.SampleKpis.figure;
import static org.goldenthread.measure.SampleKpis.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goldenthread.measure.AnnualTarget;
import org.goldenthread.measure.Band;
import org.goldenthread.measure.DataQuality;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Measurement;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.SampleKpis;
import org.goldenthread.measure.Series;
import org.goldenthread.measure.TargetSchedule;
import org.goldenthread.measure.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Direction of travel (DOT-01, DOT-05): polarity-aware, on displayed figures, with a configurable margin. */
class DirectionOfTravelTest {
    private static final FinancialPeriod Q1 = FinancialPeriod.parse("2025/26 Q1");
    private static final FinancialPeriod Q2 = FinancialPeriod.parse("2025/26 Q2");
    private static final DirectionOfTravel EXACT = DirectionOfTravel.STANDARD;

    @ParameterizedTest(name = "DOT-01 {0} from {2} to {3} is {4}")
    @CsvSource(delimiter = '|', textBlock = """
            HIGHER_IS_BETTER | PERCENT | 58.0  | 61.2  | IMPROVING | Improving: 61.2% is up from 58.0% in 2025/26 Q1, and higher is better.
            HIGHER_IS_BETTER | PERCENT | 61.2  | 58.0  | WORSENING | Worsening: 58.0% is down from 61.2% in 2025/26 Q1, and higher is better.
            LOWER_IS_BETTER  | DAYS    | 9.0   | 12.0  | WORSENING | Worsening: 12.0 days is up from 9.0 days in 2025/26 Q1, and lower is better.
            LOWER_IS_BETTER  | DAYS    | 12.0  | 9.0   | IMPROVING | Improving: 9.0 days is down from 12.0 days in 2025/26 Q1, and lower is better.
            HIGHER_IS_BETTER | PERCENT | 61.2  | 61.2  | NO_CHANGE | No significant change: 61.2% is the same as in 2025/26 Q1, and higher is better.
            HIGHER_IS_BETTER | PERCENT | 61.21 | 61.24 | NO_CHANGE | No significant change: 61.2% is the same as in 2025/26 Q1, and higher is better.
            HIGHER_IS_BETTER | PERCENT | 61.24 | 61.25 | IMPROVING | Improving: 61.3% is up from 61.2% in 2025/26 Q1, and higher is better.
            """)
    void comparesAtTheDisplayedPrecisionByPolarity(Polarity polarity, Unit unit, String earlier, String now,
                                                   Direction direction, String explanation) {
        DirectionResult result = compare(EXACT, kpi(unit, polarity).build(), Optional.empty(), earlier, now);

        assertThat(result.direction()).isEqualTo(direction);
        assertThat(result.explanation()).isEqualTo(explanation);
        assertThat(result.comparedWith()).isEqualTo(Q1);
    }

    @ParameterizedTest(name = "DOT-01 band: {0} to {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            94.5 | 93.0 | IMPROVING | Improving: 93.0% is 1.0 points above the 85.0%–92.0% band; 94.5% in 2025/26 Q1 was 2.5 points above it.
            80.0 | 95.0 | IMPROVING | Improving: 95.0% is 3.0 points above the 85.0%–92.0% band; 80.0% in 2025/26 Q1 was 5.0 points below it.
            88.0 | 84.0 | WORSENING | Worsening: 84.0% is 1.0 points below the 85.0%–92.0% band; 88.0% in 2025/26 Q1 was within it.
            86.0 | 91.0 | NO_CHANGE | No significant change: 91.0% is within the 85.0%–92.0% band, as was 86.0% in 2025/26 Q1.
            83.0 | 94.0 | NO_CHANGE | No significant change: 94.0% is 2.0 points above the 85.0%–92.0% band; 83.0% in 2025/26 Q1 was 2.0 points below it.
            """)
    void aBandKpiImprovesByGettingCloserToTheBand(String earlier, String now, Direction direction,
                                                  String explanation) {
        KpiDefinition kpi = kpi(Unit.PERCENT, Polarity.WITHIN_BAND).build();
        Band band = (Band) SampleKpis.target("85.0..92.0");

        DirectionResult result = compare(EXACT, kpi, Optional.of(band), earlier, now);

        assertThat(result.direction()).isEqualTo(direction);
        assertThat(result.explanation()).isEqualTo(explanation);
    }

    @Test
    void dot01TheMarginForNoSignificantChangeIsConfigurable() {
        KpiDefinition kpi = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).build();
        DirectionOfTravel halfPoint = new DirectionOfTravel(ChangeMargin.absolute(new BigDecimal("0.5")));
        DirectionOfTravel onePercent = new DirectionOfTravel(ChangeMargin.relative(BigDecimal.ONE));

        DirectionResult within = compare(halfPoint, kpi, Optional.empty(), "61.0", "61.5");
        assertThat(within.direction()).isEqualTo(Direction.NO_CHANGE);
        assertThat(within.explanation()).isEqualTo("No significant change: 61.5% is up from 61.0% in 2025/26 Q1, and"
                + " higher is better, within the margin of 0.5 points.");
        assertThat(compare(halfPoint, kpi, Optional.empty(), "61.0", "61.6").direction())
                .isEqualTo(Direction.IMPROVING);
        assertThat(compare(onePercent, kpi, Optional.empty(), "60.0", "59.4").direction())
                .isEqualTo(Direction.NO_CHANGE);
        assertThat(compare(onePercent, kpi, Optional.empty(), "60.0", "59.3").direction())
                .isEqualTo(Direction.WORSENING);
        KpiDefinition band = kpi(Unit.PERCENT, Polarity.WITHIN_BAND).build();
        Optional<Band> limits = Optional.of((Band) SampleKpis.target("85.0..92.0"));
        assertThat(compare(halfPoint, band, limits, "92.4", "91.0").explanation()).isEqualTo("No significant change:"
                + " 91.0% is within the 85.0%–92.0% band; 92.4% in 2025/26 Q1 was 0.4 points above it, within the "
                + "margin of 0.5 points.");
        assertThat(compare(halfPoint, band, limits, "86.0", "91.0").explanation()).isEqualTo("No significant change:"
                + " 91.0% is within the 85.0%–92.0% band, as was 86.0% in 2025/26 Q1.");
    }

    @Test
    void dot05FiguresUnderDifferentDefinitionsAreNotComparable() {
        KpiDefinition kpi = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).build();
        Measurement before = new Measurement(Q1, new BigDecimal("58.0"), DataQuality.CONFIRMED, 1);
        Measurement after = new Measurement(Q2, new BigDecimal("61.0"), DataQuality.CONFIRMED, 2);

        DirectionResult result = EXACT.compare(kpi, Optional.empty(), Q2, Optional.of(after), Q1, Optional.of(before));

        assertThat(result.direction()).isEqualTo(Direction.NOT_COMPARABLE);
        assertThat(result.explanation()).isEqualTo("Not comparable: the definition changed between 2025/26 Q1 and "
                + "2025/26 Q2 (version 1 to 2).");
        assertThat(result.improvement()).isEmpty();
    }

    @Test
    void dot01AMissingFigureIsNotComparable() {
        KpiDefinition kpi = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).build();
        Optional<Measurement> q2 = Optional.of(figure("2025/26 Q2", "61.0"));

        assertThat(EXACT.compare(kpi, Optional.empty(), Q2, q2, Q1, Optional.empty()).explanation())
                .isEqualTo("Not comparable: there is no 2025/26 Q1 figure to compare with.");
        assertThat(EXACT.compare(kpi, Optional.empty(), Q2, Optional.empty(), Q1, q2.map(m -> figure("2025/26 Q1",
                "60"))).explanation()).isEqualTo("Not comparable: there is no 2025/26 Q2 figure.");
        assertThat(EXACT.compare(kpi(Unit.PERCENT, Polarity.WITHIN_BAND).build(), Optional.empty(), Q2, q2, Q1,
                Optional.of(figure("2025/26 Q1", "60"))).explanation())
                .isEqualTo("Not comparable: there is no target band for 2025/26 Q2 to measure closeness to.");
    }

    @Test
    void dot01ComparesWithThePreviousPeriodAndTheSamePeriodLastYear() {
        KpiDefinition kpi = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).build();
        Series series = Series.of(List.of(figure("2024/25 Q2", "64.0"), figure("2025/26 Q1", "58.0"),
                figure("2025/26 Q2", "61.2")));

        Travel travel = EXACT.travel(TargetSchedule.none(kpi), series, Q2);

        assertThat(travel.previous().direction()).isEqualTo(Direction.IMPROVING);
        assertThat(travel.previous().comparedWith()).isEqualTo(Q1);
        assertThat(travel.lastYear().direction()).isEqualTo(Direction.WORSENING);
        assertThat(travel.lastYear().explanation())
                .isEqualTo("Worsening: 61.2% is down from 64.0% in 2024/25 Q2, and higher is better.");
    }

    @ParameterizedTest(name = "DOT-01 {0}: {7} on the previous period, {8} on last year")
    @CsvSource(delimiter = '|', textBlock = """
            both comparable              | 64.0 | 1 | 58.0 | 1 | 61.2 | 1 | IMPROVING      | WORSENING
            no figure last year          |      | 1 | 58.0 | 1 | 61.2 | 1 | IMPROVING      | NOT_COMPARABLE
            no previous figure           | 64.0 | 1 |      | 1 | 61.2 | 1 | NOT_COMPARABLE | WORSENING
            no current figure            | 64.0 | 1 | 58.0 | 1 |      | 1 | NOT_COMPARABLE | NOT_COMPARABLE
            DOT-05 redefined during year | 64.0 | 1 | 58.0 | 2 | 61.2 | 2 | IMPROVING      | NOT_COMPARABLE
            DOT-05 redefined this period | 64.0 | 1 | 58.0 | 1 | 61.2 | 2 | NOT_COMPARABLE | NOT_COMPARABLE
            the same all year            | 61.2 | 1 | 61.2 | 1 | 61.24| 1 | NO_CHANGE      | NO_CHANGE
            """)
    void dot01EachComparisonStandsOnItsOwnFigures(String rule, String lastYear, int lastYearVersion, String previous,
                                                  int previousVersion, String current, int currentVersion,
                                                  Direction onPrevious, Direction onLastYear) {
        KpiDefinition kpi = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).build();
        List<Measurement> figures = new ArrayList<>();
        addFigure(figures, Q2.sameLastYear(), lastYear, lastYearVersion);
        addFigure(figures, Q1, previous, previousVersion);
        addFigure(figures, Q2, current, currentVersion);

        Travel travel = EXACT.travel(TargetSchedule.none(kpi), Series.of(figures), Q2);

        assertThat(travel.previous().direction()).isEqualTo(onPrevious);
        assertThat(travel.previous().comparedWith()).isEqualTo(Q1);
        assertThat(travel.lastYear().direction()).isEqualTo(onLastYear);
        assertThat(travel.lastYear().comparedWith()).isEqualTo(Q2.sameLastYear());
        for (DirectionResult result : List.of(travel.previous(), travel.lastYear())) {
            assertThat(result.explanation()).startsWith(result.direction().label() + ": ");
            assertThat(result.improvement().isEmpty()).isEqualTo(result.direction() == Direction.NOT_COMPARABLE);
        }
    }

    @Test
    void dot01ANegativeMarginIsRefused() {
        assertThatThrownBy(() -> ChangeMargin.absolute(new BigDecimal("-0.1")))
                .hasMessage("Invalid direction of travel margin: margin cannot be negative, but is -0.1");
        assertThatThrownBy(() -> ChangeMargin.relative(new BigDecimal("-1")))
                .hasMessage("Invalid direction of travel margin: margin cannot be negative, but is -1");
    }

    @Test
    void dot01ABandKpiIsJudgedAgainstTheBandInForce() {
        KpiDefinition kpi = kpi(Unit.PERCENT, Polarity.WITHIN_BAND).build();
        TargetSchedule targets = TargetSchedule.of(kpi,
                List.of(AnnualTarget.of(Q2.year(), SampleKpis.target("85..92"))), List.of());
        Series series = Series.of(List.of(figure("2025/26 Q1", "95.0"), figure("2025/26 Q2", "93.0")));

        assertThat(EXACT.travel(targets, series, Q2).previous().direction()).isEqualTo(Direction.IMPROVING);
    }

    private static void addFigure(List<Measurement> figures, FinancialPeriod period, String value, int version) {
        if (value != null) {
            figures.add(new Measurement(period, new BigDecimal(value), DataQuality.CONFIRMED, version));
        }
    }

    private static DirectionResult compare(DirectionOfTravel travel, KpiDefinition kpi, Optional<Band> band,
                                           String earlier, String now) {
        return travel.compare(kpi, band, Q2, Optional.of(figure(Q2.label(), now)), Q1,
                Optional.of(figure(Q1.label(), earlier)));
    }
}
