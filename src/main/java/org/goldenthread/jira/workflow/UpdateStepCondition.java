package org.goldenthread.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Condition;
import java.util.Map;
import org.goldenthread.rest.Callers;
import org.goldenthread.rest.QuarterlyUpdates;
import org.goldenthread.store.Repositories;

/**
 * Offers a quarterly update transition only to those who take that step (CYC-01): the KPI's updaters submit, the
 * performance team verifies and publishes, the KPI's approver signs off.
 */
public class UpdateStepCondition implements Condition {
    private final Repositories store;
    private final Callers callers;
    private final QuarterlyUpdates updates;

    public UpdateStepCondition(Repositories store, Callers callers) {
        this.store = store;
        this.callers = callers;
        this.updates = new QuarterlyUpdates(store);
    }

    @Override
    @SuppressWarnings("rawtypes") // OSWorkflow's interface predates generics
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        return UpdateIssueStep.action(args).flatMap(action -> UpdateIssueStep.of(transientVars, store, callers)
                        .map(step -> updates.mayTake(step.caller(), step.kpiKey(), action)))
                .orElse(false);
    }
}
