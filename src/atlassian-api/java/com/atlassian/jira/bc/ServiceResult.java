/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The outcome of a Jira service call. Checked against the Jira 7 API javadoc (docs.atlassian.com/jira/server,
 * com.atlassian.jira.bc.ServiceResult); not yet against Jira 11 itself. Only the methods the app calls are declared.
 */
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public interface ServiceResult {
    boolean isValid();

    ErrorCollection getErrorCollection();
}
