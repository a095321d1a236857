package org.goldenthread.measure;

import java.math.BigDecimal;

/** Small KPI definitions and figures for the domain tests. */
public final class SampleKpis {
    private SampleKpis() {
    }

    /** A valid definition with the required fields; tests set what they examine. */
    public static KpiDefinition.Builder kpi(Unit unit, Polarity polarity) {
        return KpiDefinition.builder().key("TST-01").title("Test measure").directorate("Place").owner("jsmith")
                .unit(unit).polarity(polarity);
    }

    /** "68.0" as a value target, "85.0..92.0" as a band; blank for none. */
    public static Target target(String text) {
        if (text.contains("..")) {
            String[] limits = text.split("\\.\\.");
            return new Band(new BigDecimal(limits[0]), new BigDecimal(limits[1]));
        }
        return Target.of(new BigDecimal(text));
    }

    /** "5%" relative, "2" absolute, "none". */
    public static Tolerance tolerance(String text) {
        if (text.equals("none")) {
            return Tolerance.NONE;
        }
        return text.endsWith("%")
                ? Tolerance.relative(new BigDecimal(text.substring(0, text.length() - 1)))
                : Tolerance.absolute(new BigDecimal(text));
    }

    public static Measurement figure(String period, String value) {
        return Measurement.confirmed(FinancialPeriod.parse(period), new BigDecimal(value));
    }
}
