/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The fields of an issue to create or change through the issue service. Checked against the Jira 7.0.8 API javadoc
 * (docs.atlassian.com/jira/7.0.8, com.atlassian.jira.issue.IssueInputParameters); not yet against Jira 11 itself.
 * Only the setters the app calls are declared; each answers the same parameters, for chaining. addCustomFieldValue
 * is checked against the Jira 6.3.15 source (turgaycelik/mysource, jira-api) and blackducksoftware/blackduck-jira's
 * mock of it for Jira 7.4.
 */
package com.atlassian.jira.issue;

public interface IssueInputParameters {
    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    /** The assignee's user name, not their key. */
    IssueInputParameters setAssigneeId(String assigneeId);

    /** A date in Jira's date-picker format (see DateFieldFormat), not ISO. */
    IssueInputParameters setDueDate(String dueDate);

    /** Lets the fields set here in even where the project's create screen does not show them (since Jira 6.3). */
    void setSkipScreenCheck(boolean skipScreenCheck);

    /** The comment a transition or an edit adds, visible to everyone who may see the issue. */
    IssueInputParameters setComment(String comment);

    /** A custom field's value by the field's id: a number or text as written, a select option by its option id. */
    IssueInputParameters addCustomFieldValue(Long customFieldId, String... values);
}
