/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's own user manager (not SAL's). Checked against the Jira 7 API javadoc (docs.atlassian.com/jira/server,
 * com.atlassian.jira.user.util.UserManager); not yet against Jira 11 itself. Only the method the app calls is
 * declared.
 */
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

public interface UserManager {
    /** The user with that key, or null. */
    ApplicationUser getUserByKey(String userKey);
}
