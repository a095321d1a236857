/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Which workflow each issue type of a project follows. Checked against the Jira 6.3.15 source (turgaycelik/mysource,
 * jira-api) and blackducksoftware/blackduck-jira's use of it for Jira 7.4; not yet against Jira 11. Only what the app
 * calls is declared.
 */
package com.atlassian.jira.workflow;

import java.util.Map;

public interface WorkflowScheme {
    Long getId();

    String getName();

    /** The workflow an issue type follows, the scheme's default where it names none. */
    String getActualWorkflow(String issueTypeId);

    /** Issue type id to workflow name; the null key is the default workflow. */
    Map<String, String> getMappings();

    /** How a scheme is built. */
    interface Builder<T extends Builder<T>> {
        T setMapping(String issueTypeId, String workflowName);

        T setMappings(Map<String, String> mappings);
    }
}
