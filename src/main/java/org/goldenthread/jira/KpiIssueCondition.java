package org.goldenthread.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.store.Repositories;

/** Shows Golden Thread's KPI panel on a KPI's issue and on the issue of one of its action plans. */
public class KpiIssueCondition implements Condition {
    private final Repositories store;

    public KpiIssueCondition(Repositories store) {
        this.store = store;
    }

    /** The key of the KPI the issue is, or is an action plan of. */
    static Optional<String> kpiShownBy(long issueId, Repositories store) {
        Optional<String> kpi = store.kpis().findByIssue(issueId).map(found -> found.definition().key());
        return kpi.isPresent() ? kpi : store.planIssues().planOf(issueId).flatMap(store.actionPlans()::find)
                .map(plan -> plan.plan().kpiKey());
    }

    @Override
    public void init(Map<String, String> params) {
        // nothing to set up
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue && issue.getId() != null
                && kpiShownBy(issue.getId(), store).isPresent();
    }
}
