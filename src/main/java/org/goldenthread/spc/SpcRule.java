package org.goldenthread.spc;

/** The special-cause rules, in order of precedence when several fire on one point. */
public enum SpcRule {
    /** A point above the upper or below the lower process limit. */
    BEYOND_LIMIT,
    /** A run of points each strictly higher (or lower) than the one before. */
    TREND,
    /** Two or three of three points in a row close to a process limit, all on the same side of the mean. */
    TWO_OF_THREE,
    /** A run of points all on one side of the mean. */
    SHIFT
}
