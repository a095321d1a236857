package org.goldenthread.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** A period's figure: exact as entered, with its data quality (CYC-07), shown and judged rounded half-up (RAG-04). */
class MeasurementTest {
    private static final FinancialPeriod Q2 = FinancialPeriod.parse("2025/26 Q2");

    @ParameterizedTest(name = "RAG-04 {0} at {1} dp is shown as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            61.25  | 1 | 61.3
            61.249 | 1 | 61.2
            -61.25 | 1 | -61.3
            -0.04  | 1 | 0.0
            99.5   | 0 | 100
            2.5    | 0 | 3
            -2.5   | 0 | -3
            """)
    void isShownRoundedHalfUp(BigDecimal value, int decimals, BigDecimal shown) {
        Measurement measurement = Measurement.confirmed(Q2, value);

        assertThat(measurement.displayed(decimals)).isEqualByComparingTo(shown);
        assertThat(measurement.displayed(decimals).scale()).isEqualTo(decimals);
        assertThat(measurement.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "CYC-07 a {0} figure keeps its data quality")
    @EnumSource(DataQuality.class)
    void keepsItsDataQuality(DataQuality quality) {
        Measurement measurement = new Measurement(Q2, new BigDecimal("61.2"), quality, 1);

        assertThat(measurement.dataQuality()).isEqualTo(quality);
    }

    @Test
    void cyc07AFigureIsConfirmedProvisionalOrEstimatedAndMustSayWhich() {
        assertThat(DataQuality.values()).containsExactly(DataQuality.CONFIRMED, DataQuality.PROVISIONAL,
                DataQuality.ESTIMATED);
        assertThat(DataQuality.values()).extracting(DataQuality::label)
                .containsExactly("Confirmed", "Provisional", "Estimated");
        assertThatThrownBy(() -> new Measurement(Q2, BigDecimal.ONE, null, 1)).hasMessage("dataQuality");
    }

    @ParameterizedTest(name = "DOT-05 definition version {0} is refused")
    @CsvSource({"0", "-1"})
    void needsADefinitionVersion(int version) {
        assertThatThrownBy(() -> new Measurement(Q2, BigDecimal.ONE, DataQuality.CONFIRMED, version))
                .isInstanceOf(InvalidFieldsException.class)
                .hasMessage("Invalid measurement for 2025/26 Q2: definitionVersion must be 1 or more, but is "
                        + version);
    }
}
