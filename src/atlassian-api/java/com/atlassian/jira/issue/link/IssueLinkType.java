/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * An issue link type. Checked against the jira-api source of Jira 6.3.15 (turgaycelik/mysource,
 * jira-api/src/main/java/com/atlassian/jira/issue/link/IssueLinkType.java); not yet against Jira 11 itself. Only the
 * methods the app calls are declared.
 */
package com.atlassian.jira.issue.link;

public interface IssueLinkType {
    Long getId();

    String getName();

    String getOutward();

    String getInward();
}
