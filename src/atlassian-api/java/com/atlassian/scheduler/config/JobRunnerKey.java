/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The key a job runner is registered under: a final class made by its static factory.
 * Checked against the atlassian-scheduler-api 1.6.0 javadoc (docs.atlassian.com/atlassian-scheduler-api) and the
 * decompiled atlassian-scheduler-api 4.1.0 of Platform 6 in ngannk-fptu/Decompiled-Files; not yet against the
 * Platform 8 jar itself. Only the factory the app calls is declared.
 */
package com.atlassian.scheduler.config;

public final class JobRunnerKey {
    private JobRunnerKey() {
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey();
    }
}
