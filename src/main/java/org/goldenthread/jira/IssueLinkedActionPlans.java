package org.goldenthread.jira;

import java.util.List;
import java.util.Optional;
import org.goldenthread.actionplan.ActionPlan;
import org.goldenthread.store.ActionPlanStore;
import org.goldenthread.store.KpiRepository;
import org.goldenthread.store.PlanIssues;
import org.goldenthread.store.StoredActionPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Action plans in Jira: kept in Golden Thread, which holds their progress, milestones and versions, and each shown as
 * an Action Plan issue linked from its KPI's issue, made when the plan is. A KPI without an issue yet has plans
 * without issues; a change to a plan reaches its issue's summary, description, owner and due date. If Jira refuses,
 * the plan stands and the refusal is logged.
 */
final class IssueLinkedActionPlans implements ActionPlanStore {
    private static final Logger LOG = LoggerFactory.getLogger(IssueLinkedActionPlans.class);

    private final ActionPlanStore plans;
    private final KpiRepository kpis;
    private final PlanIssues planIssues;
    private final ActionPlanIssueMaker maker;

    IssueLinkedActionPlans(ActionPlanStore plans, KpiRepository kpis, PlanIssues planIssues,
                           ActionPlanIssueMaker maker) {
        this.plans = plans;
        this.kpis = kpis;
        this.planIssues = planIssues;
        this.maker = maker;
    }

    @Override
    public List<StoredActionPlan> forKpi(String kpiKey) {
        return plans.forKpi(kpiKey);
    }

    @Override
    public Optional<StoredActionPlan> find(int id) {
        return plans.find(id);
    }

    @Override
    public StoredActionPlan create(ActionPlan plan, String userKey) {
        StoredActionPlan created = plans.create(plan, userKey);
        Optional<Long> kpiIssue = kpis.find(plan.kpiKey()).flatMap(kpi -> kpi.issueId());
        if (kpiIssue.isPresent()) {
            try {
                ActionPlanIssueMaker.Made made = maker.make(plan, kpiIssue.get());
                made.issueId().ifPresent(issueId -> planIssues.made(created.id(), issueId));
                made.refused().ifPresent(reason -> LOG.warn("Action plan {} of {} has no issue: {}", created.id(),
                        plan.kpiKey(), reason));
            } catch (RuntimeException e) {
                // the plan is kept whatever Jira does, so the update it was made for can go on to sign-off
                LOG.warn("Action plan {} of {} has no issue: Jira failed making it", created.id(), plan.kpiKey(), e);
            }
        }
        return created;
    }

    @Override
    public StoredActionPlan update(int id, ActionPlan plan, int editVersion, String userKey) {
        StoredActionPlan updated = plans.update(id, plan, editVersion, userKey);
        Optional<Long> issue = planIssues.issueOf(id);
        if (issue.isPresent()) {
            try {
                maker.update(issue.get(), plan).ifPresent(reason -> LOG.warn("The issue of action plan {} keeps its "
                        + "earlier fields: {}", id, reason));
            } catch (RuntimeException e) {
                LOG.warn("The issue of action plan {} keeps its earlier fields: Jira failed updating it", id, e);
            }
        }
        return updated;
    }
}
