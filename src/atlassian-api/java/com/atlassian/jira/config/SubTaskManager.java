/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's sub-task switch. Checked against the jira-api source of Jira 6.3.15 (turgaycelik/mysource,
 * jira-api/src/main/java/com/atlassian/jira/config/SubTaskManager.java); not yet against Jira 11 itself. Only the
 * method the app calls is declared.
 */
package com.atlassian.jira.config;

public interface SubTaskManager {
    boolean isSubTasksEnabled();
}
