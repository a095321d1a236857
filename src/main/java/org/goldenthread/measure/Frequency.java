package org.goldenthread.measure;

/** How often a KPI is measured; each frequency divides the financial year (April to March) into equal periods. */
public enum Frequency {
    MONTHLY(1),
    BIMONTHLY(2),
    QUARTERLY(3),
    ANNUAL(12);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    /** Calendar months in one period. */
    public int months() {
        return months;
    }

    /** Periods in one financial year. */
    public int periodsPerYear() {
        return 12 / months;
    }
}
