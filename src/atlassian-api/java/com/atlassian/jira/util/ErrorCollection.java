/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Errors from a Jira service call: by field, and general. Checked against the jira-api source of Jira 6.3.15
 * (turgaycelik/mysource, jira-api/src/main/java/com/atlassian/jira/util/ErrorCollection.java); not yet against Jira
 * 11 itself. Only the methods the app calls are declared.
 */
package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

public interface ErrorCollection {
    /** Errors by the field they concern. */
    Map<String, String> getErrors();

    Collection<String> getErrorMessages();

    boolean hasAnyErrors();
}
