/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * An icon, such as an issue type's. Checked against the Jira 7 API javadoc (docs.atlassian.com/jira/server,
 * com.atlassian.jira.avatar.Avatar); not yet against Jira 11 itself. Only the method the app calls is declared.
 */
package com.atlassian.jira.avatar;

public interface Avatar {
    Long getId();
}
