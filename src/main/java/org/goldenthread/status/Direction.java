package org.goldenthread.status;

/** Direction of travel (DOT-01): whether performance got better or worse, judged by polarity, not by up or down. */
public enum Direction {
    IMPROVING("Improving"),
    NO_CHANGE("No significant change"),
    WORSENING("Worsening"),
    /** A figure is missing, or the definition changed between the two periods (DOT-05). */
    NOT_COMPARABLE("Not comparable");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
