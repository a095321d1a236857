package org.goldenthread.jira;

import com.atlassian.jira.util.ErrorCollection;
import java.util.ArrayList;
import java.util.List;

/** Jira's refusals as one sentence: its messages, then each field's error after the field's id. */
final class JiraErrors {
    private JiraErrors() {
    }

    static String reasons(ErrorCollection errors) {
        List<String> reasons = new ArrayList<>(errors.getErrorMessages());
        errors.getErrors().forEach((field, message) -> reasons.add(field + ": " + message));
        return String.join("; ", reasons);
    }
}
