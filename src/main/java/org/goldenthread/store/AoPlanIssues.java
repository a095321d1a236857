package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Action plan issues in Active Objects. */
public final class AoPlanIssues implements PlanIssues {
    private final ActiveObjects ao;

    public AoPlanIssues(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void made(int planId, long issueId) {
        ao.executeInTransaction(() -> ao.create(ActionPlanIssueEntity.class, Map.of("PLAN_ID", planId, "ISSUE_ID",
                issueId)));
    }

    @Override
    public Optional<Long> issueOf(int planId) {
        ActionPlanIssueEntity[] rows = ao.find(ActionPlanIssueEntity.class, "PLAN_ID = ?", planId);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0].getIssueId());
    }

    @Override
    public Optional<Integer> planOf(long issueId) {
        ActionPlanIssueEntity[] rows = ao.find(ActionPlanIssueEntity.class, "ISSUE_ID = ?", issueId);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0].getPlanId());
    }
}
