package org.goldenthread.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.UpdateIssues;

/** Shows Golden Thread's update panel only on an issue made for a KPI's update. */
public class UpdateIssueCondition implements Condition {
    private final UpdateIssues updates;

    public UpdateIssueCondition(Repositories store) {
        this.updates = store.updateIssues();
    }

    @Override
    public void init(Map<String, String> params) {
        // nothing to set up
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue && issue.getId() != null
                && updates.updateOf(issue.getId()).isPresent();
    }
}
