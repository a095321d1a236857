/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A scheduled job's id: a final class made by its static factory.
 * Checked against the atlassian-scheduler-api 1.6.0 javadoc (docs.atlassian.com/atlassian-scheduler-api) and the
 * decompiled atlassian-scheduler-api 4.1.0 of Platform 6 in ngannk-fptu/Decompiled-Files; not yet against the
 * Platform 8 jar itself. Only the factory the app calls is declared.
 */
package com.atlassian.scheduler.config;

public final class JobId {
    private JobId() {
    }

    public static JobId of(String id) {
        return new JobId();
    }
}
