/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * How a job is scheduled: a final, immutable class made by its static factory.
 * Checked against the atlassian-scheduler-api 1.6.0 javadoc (docs.atlassian.com/atlassian-scheduler-api) and the
 * decompiled atlassian-scheduler-api 4.1.0 of Platform 6 in ngannk-fptu/Decompiled-Files; not yet against the
 * Platform 8 jar itself. Only what the app calls is declared.
 */
package com.atlassian.scheduler.config;

public final class JobConfig {
    private JobConfig() {
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig();
    }

    public JobConfig withRunMode(RunMode runMode) {
        return this;
    }

    public JobConfig withSchedule(Schedule schedule) {
        return this;
    }
}
