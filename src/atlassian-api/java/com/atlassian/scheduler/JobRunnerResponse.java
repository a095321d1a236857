/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * How a run of a scheduled job went: a final class made by its static factories.
 * Checked against the atlassian-scheduler-api 1.6.0 javadoc (docs.atlassian.com/atlassian-scheduler-api) and the
 * decompiled atlassian-scheduler-api 4.1.0 of Platform 6 in ngannk-fptu/Decompiled-Files; not yet against the
 * Platform 8 jar itself. Only the factories the app calls are declared.
 */
package com.atlassian.scheduler;

public final class JobRunnerResponse {
    private JobRunnerResponse() {
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse();
    }

    /** The message must not be blank. */
    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse();
    }
}
