package org.goldenthread.measure;

/** Which way is good for a KPI (KPI-06): Pentana's Aim to Max, Aim to Min and Goldilocks. */
public enum Polarity {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better"),
    /** Good inside a target band, e.g. an occupancy rate that should be neither too low nor too high. */
    WITHIN_BAND("Within a target band");

    private final String label;

    Polarity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
