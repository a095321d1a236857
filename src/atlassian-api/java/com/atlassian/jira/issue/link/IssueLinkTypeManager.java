/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's issue link types. Checked against the jira-api source of Jira 6.3.15 (turgaycelik/mysource,
 * jira-api/src/main/java/com/atlassian/jira/issue/link/IssueLinkTypeManager.java) and the Jira API javadoc from 4.0 to
 * 7.x, where its shape is unchanged; not yet against Jira 11 itself. Only the methods the app calls are declared.
 */
package com.atlassian.jira.issue.link;

import java.util.Collection;

public interface IssueLinkTypeManager {
    /** The link types of that name: empty if none, never null. */
    Collection<IssueLinkType> getIssueLinkTypesByName(String name);

    /** Creates the link type; it does not refuse a name already in use, so look it up first. */
    void createIssueLinkType(String name, String outward, String inward, String style);
}
