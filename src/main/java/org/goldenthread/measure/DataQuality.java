package org.goldenthread.measure;

/**
 * How far a reported value can be relied on. The names are kept apart from the update workflow's states, so that
 * "provisional data" is never confused with "not yet signed off".
 */
public enum DataQuality {
    /** Final figures from the source system. */
    CONFIRMED("Confirmed"),
    /** Figures that may still change, e.g. before a year-end reconciliation. */
    PROVISIONAL("Provisional"),
    /** A best estimate where the figures are not yet available. */
    ESTIMATED("Estimated");

    private final String label;

    DataQuality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
