/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's issue types. Checked against the jira-api source of Jira 6.3.15 (turgaycelik/mysource,
 * jira-api/src/main/java/com/atlassian/jira/config/IssueTypeManager.java; the avatar forms since 6.3) and its import in
 * atlassian-labs/atlassian-slack-integration-server (ComponentImports.java) against jira-api 11.0.0; the methods
 * themselves not yet against Jira 11. A new type joins the default issue type scheme. Only the methods the app calls
 * are declared.
 */
package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

public interface IssueTypeManager {
    /** Every issue type, standard and sub-task. */
    Collection<IssueType> getIssueTypes();

    /** The avatar id is required; a name in use, in any case, is refused. */
    IssueType createIssueType(String name, String description, Long avatarId);

    IssueType createSubTaskIssueType(String name, String description, Long avatarId);
}
