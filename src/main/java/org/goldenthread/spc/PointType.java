package org.goldenthread.spc;

/** What a point on the chart means, given which way improvement lies. */
public enum PointType {
    COMMON_CAUSE("Common cause"),
    SPECIAL_CAUSE_IMPROVEMENT("Special cause improvement"),
    SPECIAL_CAUSE_CONCERN("Special cause concern"),
    SPECIAL_CAUSE_NEITHER_HIGH("Special cause neither improvement nor concern (high)"),
    SPECIAL_CAUSE_NEITHER_LOW("Special cause neither improvement nor concern (low)"),
    /** A ghosted point: shown, but left out of the calculation and the rules. */
    EXCLUDED("Excluded from the calculation");

    private final String label;

    PointType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
