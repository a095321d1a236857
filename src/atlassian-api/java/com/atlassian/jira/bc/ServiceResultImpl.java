/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The outcome of a Jira service call, which the issue service's results extend. Checked against the Jira 7 API
 * javadoc (docs.atlassian.com/jira/server, com.atlassian.jira.bc.ServiceResultImpl); not yet against Jira 11 itself.
 * Only its first constructor and the methods the app calls are declared.
 */
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public class ServiceResultImpl implements ServiceResult {
    private final ErrorCollection errorCollection;

    public ServiceResultImpl(ErrorCollection errorCollection) {
        this.errorCollection = errorCollection;
    }

    @Override
    public boolean isValid() {
        return !errorCollection.hasAnyErrors();
    }

    @Override
    public ErrorCollection getErrorCollection() {
        return errorCollection;
    }
}
