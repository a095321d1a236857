package org.goldenthread.spc;

import org.goldenthread.measure.Polarity;

/** Which way is improvement on an SPC chart; a band KPI has none, so its special causes are "neither". */
public enum ImprovementDirection {
    INCREASE(1),
    DECREASE(-1),
    NEUTRAL(0);

    private final int sign;

    ImprovementDirection(int sign) {
        this.sign = sign;
    }

    public static ImprovementDirection of(Polarity polarity) {
        return switch (polarity) {
            case HIGHER_IS_BETTER -> INCREASE;
            case LOWER_IS_BETTER -> DECREASE;
            case WITHIN_BAND -> NEUTRAL;
        };
    }

    /** +1 when up is good, -1 when down is good, 0 when neither. */
    int sign() {
        return sign;
    }
}
