package org.goldenthread.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import org.goldenthread.store.KpiRepository;
import org.goldenthread.store.Repositories;

/** Shows Golden Thread's panel only on an issue that is a KPI's issue. */
public class KpiIssueCondition implements Condition {
    private final KpiRepository kpis;

    public KpiIssueCondition(Repositories store) {
        this.kpis = store.kpis();
    }

    @Override
    public void init(Map<String, String> params) {
        // nothing to set up
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue && issue.getId() != null
                && kpis.findByIssue(issue.getId()).isPresent();
    }
}
