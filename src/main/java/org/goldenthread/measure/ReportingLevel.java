package org.goldenthread.measure;

/** Who a KPI is reported to (KPI-10). */
public enum ReportingLevel {
    /** Committee and cabinet. */
    STRATEGIC("Strategic"),
    /** Senior managers. */
    TACTICAL("Tactical"),
    /** Service level. */
    OPERATIONAL("Operational");

    private final String label;

    ReportingLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
