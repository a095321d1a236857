package org.goldenthread.contract;

/**
 * The target in force for a period: a value, or a band's {@code low} and {@code high}; where it was amended,
 * {@code original} keeps the target it replaced.
 */
public record TargetView(String value, String low, String high, String display, String source, String original) {
}
