package org.goldenthread.contract;

/**
 * A proposed target amendment: the period it takes effect from (id or label), the new target as an exact decimal
 * {@code value}, or {@code low} and {@code high} for a band KPI, and the reason for the change.
 */
public record TargetAmendmentRequest(String period, String value, String low, String high, String reason) {
}
