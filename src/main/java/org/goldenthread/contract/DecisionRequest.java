package org.goldenthread.contract;

/**
 * Approving or rejecting a proposed change: {@code version} is the proposal's version as last seen; {@code reason}
 * is required to reject, and an optional note to approve.
 */
public record DecisionRequest(Integer version, String reason) {
}
