package org.goldenthread.render;

import java.util.Locale;

/**
 * How a status reads without its colour: words, a letter and a symbol, so status is never carried by colour alone
 * (WCAG 1.4.1). Codes are those of the REST API ({@code GREEN}, {@code NOT_MET}, ...).
 */
public enum StatusText {
    GREEN("Green", "on target", "G", "\u2713"),
    AMBER("Amber", "worse than target, within tolerance", "A", "!"),
    RED("Red", "worse than target, beyond tolerance", "R", "\u2715"),
    MET("Met", "the standard was met", "M", "\u2713"),
    NOT_MET("Not met", "the standard was not met", "N", "\u2715"),
    NO_TARGET("No target", "data only", "\u2013", "\u2013"),
    CONTEXT("Context", "not rated", "C", "\u2013"),
    NOT_DUE("Not due", "data not yet due", "\u2013", "\u2026"),
    MISSING("Missing", "data overdue", "?", "?"),
    SUSPENDED("Suspended", "not rated while suspended", "S", "\u2013"),
    NO_FIGURE("No figure", "nothing released yet", "\u2013", "\u2013");

    private final String label;
    private final String meaning;
    private final String letter;
    private final String symbol;

    StatusText(String label, String meaning, String letter, String symbol) {
        this.label = label;
        this.meaning = meaning;
        this.letter = letter;
        this.symbol = symbol;
    }

    /** The text for a status code; no code (nothing released yet, NONE in a count) or an unknown one reads so. */
    public static StatusText of(String code) {
        if (code == null) {
            return NO_FIGURE;
        }
        try {
            return valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return NO_FIGURE;
        }
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    public String letter() {
        return letter;
    }

    public String symbol() {
        return symbol;
    }

    /** The CSS class that colours it: {@code gt-status-green}, {@code gt-status-not-met}, ... */
    public String cssClass() {
        return "gt-status-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
