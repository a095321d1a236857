package org.goldenthread.status;

/** A period's direction of travel against the previous period and against the same period last year (DOT-01). */
public record Travel(DirectionResult previous, DirectionResult lastYear) {
}
