package org.goldenthread.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The unit a KPI is measured in (KPI-05), and how a figure in it is written: {@code 61.2%}, {@code £1,250},
 * {@code 12 days}, {@code 4.5 per 1,000}. A difference between two percentages is written in points.
 */
public enum Unit {
    PERCENT("Percentage", 1),
    NUMBER("Number", 0),
    RATE_PER_1000("Rate per 1,000 population", 1),
    RATE_PER_100000("Rate per 100,000 population", 1),
    KG_PER_PERSON("Kilograms per person", 1),
    TONNES("Tonnes", 0),
    POUNDS("Pounds sterling", 0),
    DAYS("Days", 1),
    SCORE("Score", 1);

    private final String label;
    private final int defaultDecimals;

    Unit(String label, int defaultDecimals) {
        this.label = label;
        this.defaultDecimals = defaultDecimals;
    }

    public String label() {
        return label;
    }

    /** The decimal places a new KPI in this unit is shown with unless its definition says otherwise. */
    public int defaultDecimals() {
        return defaultDecimals;
    }

    /** A figure as a reader sees it, rounded half-up to {@code decimals} places: {@code 61.2%}, {@code -£1,250}. */
    public String format(BigDecimal value, int decimals) {
        String number = number(value.abs(), decimals);
        String sign = value.setScale(decimals, RoundingMode.HALF_UP).signum() < 0 ? "-" : "";
        return switch (this) {
            case PERCENT -> sign + number + "%";
            case POUNDS -> sign + "£" + number;
            case NUMBER, SCORE -> sign + number;
            case RATE_PER_1000 -> sign + number + " per 1,000";
            case RATE_PER_100000 -> sign + number + " per 100,000";
            case KG_PER_PERSON -> sign + number + " kg per person";
            case TONNES -> sign + number + (number.equals("1") ? " tonne" : " tonnes");
            case DAYS -> sign + number + (number.equals("1") ? " day" : " days");
        };
    }

    /** The size of a gap between two figures: {@code 6.8 points} for percentages, otherwise as a figure. */
    public String formatDifference(BigDecimal difference, int decimals) {
        if (this != PERCENT) {
            return format(difference.abs(), decimals);
        }
        String number = number(difference.abs(), decimals);
        return number + (number.equals("1") ? " point" : " points");
    }

    /** A figure named as a target: "the 68.0% target", or "the target of 9.0 days" where the unit is a word. */
    public String asTarget(String formattedTarget) {
        return switch (this) {
            case PERCENT, POUNDS, NUMBER, SCORE -> "the " + formattedTarget + " target";
            default -> "the target of " + formattedTarget;
        };
    }

    private static String number(BigDecimal magnitude, int decimals) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(magnitude);
    }
}
