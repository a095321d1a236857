/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * An issue as the issue service hands it back: a Jira issue that can be changed. Declared because the service's
 * results return this type, which a call records in its method descriptor; checked against the jira-api source of
 * Jira 6.3.15 (turgaycelik/mysource, MutableIssue.java). Nothing of its own is used.
 */
package com.atlassian.jira.issue;

public interface MutableIssue extends Issue {
}
