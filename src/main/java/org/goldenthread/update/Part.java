package org.goldenthread.update;

/** The parts a person plays in one KPI's update. */
public enum Part {
    /** The owner or a named updater: enters the figure and commentary. */
    UPDATER,
    /** Verifies figures and publishes them. */
    PERFORMANCE_TEAM,
    /** Signs the update off: the KPI's approver, or the head of service where none is named. */
    APPROVER
}
