package org.goldenthread.spc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.FinancialYear;
import org.goldenthread.measure.Frequency;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Measurement;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.SampleKpis;
import org.goldenthread.measure.Series;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.Unit;

/** Quarterly series from 2020/21 Q1 for the SPC tests, and the rule codes of their points. */
final class WorkedSeries {
    static final FinancialPeriod FIRST = FinancialPeriod.parse("2020/21 Q1");

    private WorkedSeries() {
    }

    static KpiDefinition kpi(Polarity polarity) {
        return SampleKpis.kpi(Unit.NUMBER, polarity).decimals(1).build();
    }

    static FinancialPeriod quarter(int index) {
        return FinancialPeriod.of(Frequency.QUARTERLY, FinancialYear.startingIn(2020 + index / 4), index % 4 + 1);
    }

    static Series series(double... values) {
        List<Measurement> measurements = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            measurements.add(Measurement.confirmed(quarter(i), BigDecimal.valueOf(values[i])));
        }
        return Series.of(measurements);
    }

    static SpcResult chart(Polarity polarity, double... values) {
        return new SpcEngine(SpcOptions.STANDARD).chart(kpi(polarity), series(values), Optional.empty(), List.of(),
                List.of());
    }

    static SpcResult chart(SpcOptions options, Optional<Target> target, double... values) {
        return new SpcEngine(options).chart(kpi(Polarity.HIGHER_IS_BETTER), series(values), target, List.of(),
                List.of());
    }

    /** The points' rules as codes: C common cause, AU/BL beyond a limit, TI/TD trend, 2A/2B two of three, 7A/7B shift. */
    static String codes(SpcResult result) {
        List<String> codes = new ArrayList<>();
        for (SpcPoint point : result.points()) {
            codes.add(point.cause().map(WorkedSeries::code).orElse(point.ghosted() ? "G" : "C"));
        }
        return String.join(" ", codes);
    }

    private static String code(SpecialCause cause) {
        boolean high = cause.side() == Side.HIGH;
        return switch (cause.rule()) {
            case BEYOND_LIMIT -> high ? "AU" : "BL";
            case TREND -> high ? "TI" : "TD";
            case TWO_OF_THREE -> high ? "2A" : "2B";
            case SHIFT -> high ? "7A" : "7B";
        };
    }
}
