/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The options of select lists. getOptions is checked against Jira 11.3 through codescape/jira-multiple-subtasks;
 * createOption against the Jira 6.3.15 source (turgaycelik/mysource, jira-api), not yet against Jira 11.
 */
package com.atlassian.jira.issue.customfields.manager;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.config.FieldConfig;

public interface OptionsManager {
    Options getOptions(FieldConfig fieldConfig);

    /** A top-level option has no parent: parentOptionId null. */
    Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, String value);
}
