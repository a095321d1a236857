/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira could not create something: a checked exception. Checked against the jira-api source of Jira 6.3.15
 * (turgaycelik/mysource, jira-api/src/main/java/com/atlassian/jira/exception/CreateException.java); not yet against
 * Jira 11 itself. Only its message constructor is kept.
 */
package com.atlassian.jira.exception;

public class CreateException extends Exception {
    public CreateException(String message) {
        super(message);
    }
}
