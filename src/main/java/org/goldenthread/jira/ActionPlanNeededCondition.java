package org.goldenthread.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import org.goldenthread.rest.ApiException;
import org.goldenthread.rest.QuarterlyUpdates;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.UpdateIssues;

/**
 * Offers "Create action plan" on a KPI's update issue when its figure needs a linked action plan before sign-off
 * (ACT-01) and the KPI has no open plan.
 */
public class ActionPlanNeededCondition implements Condition {
    private final UpdateIssues updateIssues;
    private final QuarterlyUpdates updates;

    public ActionPlanNeededCondition(Repositories store) {
        this.updateIssues = store.updateIssues();
        this.updates = new QuarterlyUpdates(store);
    }

    @Override
    public void init(Map<String, String> params) {
        // nothing to set up
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (!(context.get("issue") instanceof Issue issue) || issue.getId() == null) {
            return false;
        }
        return updateIssues.updateOf(issue.getId()).map(update -> {
            try {
                return updates.needsActionPlan(update.kpiKey(), update.periodId());
            } catch (ApiException e) {
                return false;
            }
        }).orElse(false);
    }
}
