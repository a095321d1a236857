package org.goldenthread.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.goldenthread.measure.Polarity;
import org.junit.jupiter.api.Test;

/** KPI-18: the council's own figure placed among its comparators, counted from the best quarter. */
class QuartilePositionTest {
    /** Lower quartile 20, median 30, upper quartile 40. */
    private static final Quartiles COMPARATORS = Quartiles.of(List.of(
            new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("30"), new BigDecimal("40"),
            new BigDecimal("50")));

    @Test
    void higherIsBetterCountsFromTheUpperQuartileAndABoundaryCountsInTheBetterQuarter() {
        assertThat(position("45", Polarity.HIGHER_IS_BETTER)).isEqualTo(QuartilePosition.TOP);
        assertThat(position("40", Polarity.HIGHER_IS_BETTER)).isEqualTo(QuartilePosition.TOP);
        assertThat(position("30", Polarity.HIGHER_IS_BETTER)).isEqualTo(QuartilePosition.SECOND);
        assertThat(position("29.9", Polarity.HIGHER_IS_BETTER)).isEqualTo(QuartilePosition.THIRD);
        assertThat(position("19.9", Polarity.HIGHER_IS_BETTER)).isEqualTo(QuartilePosition.BOTTOM);
    }

    @Test
    void lowerIsBetterCountsFromTheLowerQuartile() {
        assertThat(position("15", Polarity.LOWER_IS_BETTER)).isEqualTo(QuartilePosition.TOP);
        assertThat(position("20", Polarity.LOWER_IS_BETTER)).isEqualTo(QuartilePosition.TOP);
        assertThat(position("25", Polarity.LOWER_IS_BETTER)).isEqualTo(QuartilePosition.SECOND);
        assertThat(position("40", Polarity.LOWER_IS_BETTER)).isEqualTo(QuartilePosition.THIRD);
        assertThat(position("40.1", Polarity.LOWER_IS_BETTER)).isEqualTo(QuartilePosition.BOTTOM);
    }

    @Test
    void aBandKpiHasNoBetterEndSoNoPosition() {
        assertThat(QuartilePosition.of(COMPARATORS, new BigDecimal("30"), Polarity.WITHIN_BAND)).isEmpty();
    }

    private static QuartilePosition position(String own, Polarity polarity) {
        return QuartilePosition.of(COMPARATORS, new BigDecimal(own), polarity).orElseThrow();
    }
}
