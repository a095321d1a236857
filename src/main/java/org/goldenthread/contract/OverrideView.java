package org.goldenthread.contract;

/**
 * A status the performance team set in place of the one worked out: the status shown ({@code status}, {@code label}),
 * the one worked out ({@code computed}, {@code computedLabel}), why, who and when, and {@code text}, how it reads
 * ("Amber (overridden from Red: the contractor's data was late)").
 */
public record OverrideView(String status, String label, String computed, String computedLabel, String reason,
                           String overriddenBy, String overriddenAt, String text) {
}
