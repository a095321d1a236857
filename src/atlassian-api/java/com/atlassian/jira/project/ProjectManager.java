/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's projects. Checked against the jira-api source of Jira 6.3.15 (turgaycelik/mysource, ProjectManager.java)
 * and its use against jira-api 11.0.0 in atlassian-labs/atlassian-slack-integration-server
 * (manager/impl/DefaultProjectConfigurationManager.java). The unchecked DataAccessException it declares is left
 * out. Only the methods the app calls are declared.
 */
package com.atlassian.jira.project;

public interface ProjectManager {
    /** The project with that id, or null if there is none. */
    Project getProjectObj(Long id);

    /** The project with that key, or null if there is none. */
    Project getProjectObjByKey(String projectKey);
}
