/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's date-picker format, the one the issue service reads a due date in: a pattern set by the administrator, in
 * the signed-in user's locale, or Jira's own with nobody signed in. Checked against the jira-api source of Jira 6.3.15
 * (turgaycelik/mysource, jira-api/src/main/java/com/atlassian/jira/util/DateFieldFormat.java, since 4.4) and its use
 * by Jira's own DueDateRestFieldOperationsHandler; not yet against Jira 11 itself. Only the method the app calls is
 * declared.
 */
package com.atlassian.jira.util;

import java.util.Date;

public interface DateFieldFormat {
    String formatDatePicker(Date date);
}
