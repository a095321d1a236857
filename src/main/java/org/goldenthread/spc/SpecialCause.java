package org.goldenthread.spc;

/** A special-cause rule that fired on a point, and which way it points. */
public record SpecialCause(SpcRule rule, Side side) {
}
