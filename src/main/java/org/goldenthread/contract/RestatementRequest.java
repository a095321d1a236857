package org.goldenthread.contract;

/**
 * A correction to a published figure: {@code value} (an exact decimal string), {@code reason}, and {@code version},
 * the period's version as last seen.
 */
public record RestatementRequest(String value, String reason, Integer version) {
}
