/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A job could not be scheduled: a checked exception.
 * Checked against the atlassian-scheduler-api 1.6.0 javadoc (docs.atlassian.com/atlassian-scheduler-api) and the
 * decompiled atlassian-scheduler-api 4.1.0 of Platform 6 in ngannk-fptu/Decompiled-Files; not yet against the
 * Platform 8 jar itself.
 */
package com.atlassian.scheduler;

public class SchedulerServiceException extends Exception {
    public SchedulerServiceException(String message) {
        super(message);
    }
}
