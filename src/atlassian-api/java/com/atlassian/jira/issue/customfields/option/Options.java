/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A select list's options in one configuration. Checked against Jira 11.3 through codescape/jira-scrum-poker, which
 * calls getOptionForValue, and the Jira 6.3.15 source (turgaycelik/mysource, jira-api).
 */
package com.atlassian.jira.issue.customfields.option;

import java.util.List;

public interface Options extends List<Option> {
    /** The option of that value under the parent (null: top level), or null. */
    Option getOptionForValue(String value, Long parentOptionId);
}
