/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A select list's option. Checked against the Jira 6.3.15 source (turgaycelik/mysource, jira-api, issue/customfields/
 * option/Option.java); not yet against Jira 11. Only the methods the app calls are declared.
 */
package com.atlassian.jira.issue.customfields.option;

public interface Option {
    Long getOptionId();

    String getValue();
}
