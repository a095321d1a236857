package org.goldenthread.contract;

/** A change that needs only its reason. */
public record ReasonRequest(String reason) {
}
