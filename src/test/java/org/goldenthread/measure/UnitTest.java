package org.goldenthread.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures are written as councils write them (KPI-05), rounded half-up to the KPI's decimals. */
class UnitTest {

    @ParameterizedTest(name = "KPI-05 {0} {1} at {2} dp is ''{3}''")
    @CsvSource(delimiter = '|', textBlock = """
            PERCENT         | 61.25    | 1 | 61.3%
            PERCENT         | -0.04    | 1 | 0.0%
            PERCENT         | -0.05    | 1 | -0.1%
            POUNDS          | 1250     | 0 | £1,250
            POUNDS          | -52.5    | 0 | -£53
            POUNDS          | 1234.5   | 2 | £1,234.50
            NUMBER          | 1234567  | 0 | 1,234,567
            DAYS            | 1        | 0 | 1 day
            DAYS            | 12.5     | 1 | 12.5 days
            TONNES          | 1        | 0 | 1 tonne
            RATE_PER_1000   | 4.5      | 1 | 4.5 per 1,000
            RATE_PER_100000 | 530      | 0 | 530 per 100,000
            KG_PER_PERSON   | 412.34   | 1 | 412.3 kg per person
            SCORE           | 7.5      | 1 | 7.5
            """)
    void formatsAFigure(Unit unit, BigDecimal value, int decimals, String text) {
        assertThat(unit.format(value, decimals)).isEqualTo(text);
    }

    @ParameterizedTest(name = "KPI-05 a gap of {1} {0} is ''{3}''")
    @CsvSource(delimiter = '|', textBlock = """
            PERCENT | -6.8 | 1 | 6.8 points
            PERCENT | 1    | 0 | 1 point
            PERCENT | 1    | 1 | 1.0 points
            POUNDS  | -60  | 0 | £60
            DAYS    | 0.9  | 1 | 0.9 days
            """)
    void formatsADifference(Unit unit, BigDecimal difference, int decimals, String text) {
        assertThat(unit.formatDifference(difference, decimals)).isEqualTo(text);
    }
}
