/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's status categories. Checked against the jira-api source of Jira 6.3.15 (turgaycelik/mysource,
 * jira-api/src/main/java/com/atlassian/jira/config/StatusCategoryManager.java); not yet against Jira 11 itself. Only
 * the method the app calls is declared.
 */
package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.category.StatusCategory;

public interface StatusCategoryManager {
    /** The category with that key ({@code new}, {@code indeterminate}, {@code done}), or null. */
    StatusCategory getStatusCategoryByKey(String key);
}
