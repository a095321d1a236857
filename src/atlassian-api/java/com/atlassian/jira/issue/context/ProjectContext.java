/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A custom field context of one project. Checked against the Jira 6.3.15 source (turgaycelik/mysource, jira-api) and
 * the Jira 7.6 javadoc, which keep the ProjectContext(Long) constructor while the ones taking a JiraContextTreeManager
 * are deprecated; not yet against Jira 11. The real class extends AbstractJiraContext.
 */
package com.atlassian.jira.issue.context;

public class ProjectContext implements JiraContextNode {
    private final Long projectId;

    public ProjectContext(Long projectId) {
        this.projectId = projectId;
    }

    @Override
    public Long getProjectId() {
        return projectId;
    }
}
