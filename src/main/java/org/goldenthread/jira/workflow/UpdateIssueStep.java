package org.goldenthread.jira.workflow;

import com.atlassian.jira.issue.Issue;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.rest.Caller;
import org.goldenthread.rest.Callers;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.UpdateIssues;
import org.goldenthread.update.UpdateAction;

/**
 * A transition on a KPI's update issue, as the quarterly update sees it: the issue, who is taking the transition,
 * and the KPI and period the issue was made for.
 */
record UpdateIssueStep(Issue issue, Caller caller, UpdateIssues.UpdateOf update) {
    /** The argument naming the quarterly update step a condition, validator or function stands for. */
    static final String STEP = "step";

    /** Jira's name for the issue in a transition's variables. */
    private static final String ISSUE = "issue";

    /** Jira's name for the comment given with a transition. */
    private static final String COMMENT = "comment";

    /** Empty unless the issue was made for a KPI's update and someone is signed in. */
    static Optional<UpdateIssueStep> of(Map<?, ?> transientVars, Repositories store, Callers callers) {
        if (!(transientVars.get(ISSUE) instanceof Issue issue) || issue.getId() == null) {
            return Optional.empty();
        }
        Optional<UpdateIssues.UpdateOf> update = store.updateIssues().updateOf(issue.getId());
        Optional<Caller> caller = callers.find(null);
        if (update.isEmpty() || caller.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UpdateIssueStep(issue, caller.get(), update.get()));
    }

    /** The step the workflow names in the element's arguments. */
    static Optional<UpdateAction> action(Map<?, ?> args) {
        return args.get(STEP) instanceof String name ? UpdateAction.named(name) : Optional.empty();
    }

    /** The comment given with the transition, or "". */
    static String comment(Map<?, ?> transientVars) {
        return transientVars.get(COMMENT) instanceof String comment ? comment : "";
    }

    String kpiKey() {
        return update.kpiKey();
    }

    String periodId() {
        return update.periodId();
    }
}
