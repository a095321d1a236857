package org.goldenthread.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** KPI-18: benchmark quartiles as a spreadsheet's QUARTILE.INC gives them. */
class QuartilesTest {

    @Test
    void kpi18FourFiguresInterpolateBetweenTheirNeighbours() {
        Quartiles quartiles = Quartiles.of(figures("4", "1", "3", "2"));

        assertThat(quartiles.lower()).isEqualByComparingTo("1.75");
        assertThat(quartiles.median()).isEqualByComparingTo("2.5");
        assertThat(quartiles.upper()).isEqualByComparingTo("3.25");
        assertThat(quartiles.count()).isEqualTo(4);
    }

    @Test
    void kpi18FiveFiguresFallOnFiguresAndOneFigureIsEveryQuartile() {
        Quartiles five = Quartiles.of(figures("38.2", "44.1", "51.2", "47.0", "40.5"));
        Quartiles one = Quartiles.of(figures("44.1"));

        assertThat(five.lower()).isEqualByComparingTo("40.5");
        assertThat(five.median()).isEqualByComparingTo("44.1");
        assertThat(five.upper()).isEqualByComparingTo("47.0");
        assertThat(one.lower()).isEqualByComparingTo("44.1");
        assertThat(one.upper()).isEqualByComparingTo("44.1");
    }

    @Test
    void noFiguresHaveNoQuartiles() {
        assertThatThrownBy(() -> Quartiles.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<BigDecimal> figures(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
