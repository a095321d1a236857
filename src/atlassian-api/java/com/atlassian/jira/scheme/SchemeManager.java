/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * What Jira's scheme managers share. Checked against the Jira 6.3.15 source (turgaycelik/mysource, jira-api) and
 * blackducksoftware/blackduck-jira's mock of it for Jira 7.4; not yet against Jira 11. getSchemeObject throws
 * Jira's unchecked DataAccessException.
 */
package com.atlassian.jira.scheme;

import com.atlassian.jira.project.Project;

public interface SchemeManager {
    Scheme getSchemeObject(Long id);

    void addSchemeToProject(Project project, Scheme scheme);

    void removeSchemesFromProject(Project project);
}
