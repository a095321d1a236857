/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * When a job runs: a final, immutable class made by its static factories.
 * Checked against the atlassian-scheduler-api 1.6.0 javadoc (docs.atlassian.com/atlassian-scheduler-api) and the
 * decompiled atlassian-scheduler-api 4.1.0 of Platform 6 in ngannk-fptu/Decompiled-Files; not yet against the
 * Platform 8 jar itself. Only the factory the app calls is declared.
 */
package com.atlassian.scheduler.config;

import java.util.TimeZone;

public final class Schedule {
    private Schedule() {
    }

    /** A Quartz cron expression, read in the time zone given. */
    public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
        return new Schedule();
    }
}
