package org.goldenthread.spc;

/** Whether the process as it runs can be relied on to meet the target, with the letter drawn on the icon. */
public enum AssuranceIcon {
    /** The target lies beyond the unfavourable process limit: every expected value meets it. */
    CONSISTENT_PASS("Consistently passing the target", "P"),
    /** The target lies beyond the favourable process limit: no expected value meets it. */
    CONSISTENT_FAIL("Consistently failing the target", "F"),
    /** The target lies between the limits: it will be met in some periods and missed in others. */
    HIT_AND_MISS("Hit and miss", "?");

    private final String label;
    private final String letter;

    AssuranceIcon(String label, String letter) {
        this.label = label;
        this.letter = letter;
    }

    public String label() {
        return label;
    }

    public String letter() {
        return letter;
    }
}
