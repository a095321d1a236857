package org.goldenthread.render;

import java.util.Locale;

/** Direction of travel as words and an arrow; the arrow shows better or worse, not up or down. */
enum DirectionText {
    IMPROVING("Improving", "\u2197"),
    NO_CHANGE("No change", "\u2192"),
    WORSENING("Worsening", "\u2198"),
    NOT_COMPARABLE("Not comparable", "\u2013");

    private final String words;
    private final String arrow;

    DirectionText(String words, String arrow) {
        this.words = words;
        this.arrow = arrow;
    }

    static DirectionText of(String code) {
        if (code == null) {
            return NOT_COMPARABLE;
        }
        try {
            return valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return NOT_COMPARABLE;
        }
    }

    String words() {
        return words;
    }

    String arrow() {
        return arrow;
    }
}
