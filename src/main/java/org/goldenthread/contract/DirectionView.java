package org.goldenthread.contract;

/** Direction of travel against the previous period and the same period last year. */
public record DirectionView(String previous, String lastYear) {
}
