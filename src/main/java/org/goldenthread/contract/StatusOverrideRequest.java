package org.goldenthread.contract;

/**
 * A status set in place of the one worked out: {@code status} ({@code GREEN}, {@code AMBER}, {@code RED}, or for a
 * compliance KPI {@code MET}, {@code NOT_MET}), {@code reason}, and {@code version}, the period's version as last seen.
 */
public record StatusOverrideRequest(String status, String reason, Integer version) {
}
