package org.goldenthread.measure;

/** How far the council controls a KPI's outcome (KPI-15); context measures are shown but never rated. */
public enum Control {
    CONTROLLED("Controlled"),
    /** Led by partners, with the council's influence. */
    INFLUENCED("Influenced"),
    /** Neither controlled nor influenced, kept for context. */
    CONTEXT("Context only");

    private final String label;

    Control(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
