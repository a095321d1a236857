/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * What runs when a scheduled job is due.
 * Checked against the atlassian-scheduler-api 1.6.0 javadoc (docs.atlassian.com/atlassian-scheduler-api) and the
 * decompiled atlassian-scheduler-api 4.1.0 of Platform 6 in ngannk-fptu/Decompiled-Files; not yet against the
 * Platform 8 jar itself.
 */
package com.atlassian.scheduler;

public interface JobRunner {
    /** How the run went; null counts as success. */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
