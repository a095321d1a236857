/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Links between issues. createIssueLink is checked against the Jira 7 API javadoc (docs.atlassian.com/jira/server,
 * IssueLinkManager) and the Jira 6.3.15 source (turgaycelik/mysource, jira-api), whose older form took a crowd User;
 * not yet against Jira 11.
 */
package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;

public interface IssueLinkManager {
    /** Links the source issue to the destination with the link type's outward description; sequence may be null. */
    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
                         ApplicationUser remoteUser) throws CreateException;
}
