package org.goldenthread.spc;

/**
 * The Making Data Count variation icon for the latest point. The letter is drawn on the icon so that it does not rely
 * on colour alone; common cause and "neither" icons have none.
 */
public enum VariationIcon {
    COMMON_CAUSE("Common cause variation", ""),
    IMPROVEMENT_HIGH("Special cause improvement (high)", "H"),
    IMPROVEMENT_LOW("Special cause improvement (low)", "L"),
    CONCERN_HIGH("Special cause concern (high)", "H"),
    CONCERN_LOW("Special cause concern (low)", "L"),
    NEITHER_HIGH("Special cause neither improvement nor concern (high)", ""),
    NEITHER_LOW("Special cause neither improvement nor concern (low)", "");

    private final String label;
    private final String letter;

    VariationIcon(String label, String letter) {
        this.label = label;
        this.letter = letter;
    }

    public String label() {
        return label;
    }

    public String letter() {
        return letter;
    }

    static VariationIcon of(PointType type, ImprovementDirection direction) {
        boolean upIsGood = direction == ImprovementDirection.INCREASE;
        return switch (type) {
            case SPECIAL_CAUSE_IMPROVEMENT -> upIsGood ? IMPROVEMENT_HIGH : IMPROVEMENT_LOW;
            case SPECIAL_CAUSE_CONCERN -> upIsGood ? CONCERN_LOW : CONCERN_HIGH;
            case SPECIAL_CAUSE_NEITHER_HIGH -> NEITHER_HIGH;
            case SPECIAL_CAUSE_NEITHER_LOW -> NEITHER_LOW;
            case COMMON_CAUSE, EXCLUDED -> COMMON_CAUSE;
        };
    }
}
