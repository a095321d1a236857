package org.goldenthread.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowException;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.jira.KpiIssues;
import org.goldenthread.rest.ApiException;
import org.goldenthread.rest.Callers;
import org.goldenthread.rest.QuarterlyUpdates;
import org.goldenthread.store.ConflictException;
import org.goldenthread.store.Repositories;
import org.goldenthread.update.UpdateAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a quarterly update transition in Golden Thread, which keeps the figures: the figure and commentary on
 * submission, the status on sign-off, who took the step and when, and an audit entry. The same checks run again as
 * it is recorded, so a step another user took in between is refused rather than recorded twice. On publication the
 * KPI's issue gets the published figure in its fields.
 */
public class RecordUpdateStep implements FunctionProvider {
    private static final Logger LOG = LoggerFactory.getLogger(RecordUpdateStep.class);

    private final Repositories store;
    private final Callers callers;
    private final UpdateFields fields;
    private final QuarterlyUpdates updates;
    private final KpiIssues kpiIssues;

    public RecordUpdateStep(Repositories store, Callers callers, @JiraImport CustomFieldManager customFields,
                            KpiIssues kpiIssues) {
        this.store = store;
        this.callers = callers;
        this.fields = new UpdateFields(customFields);
        this.updates = new QuarterlyUpdates(store);
        this.kpiIssues = kpiIssues;
    }

    @Override
    @SuppressWarnings("rawtypes") // OSWorkflow's interface predates generics
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        UpdateAction action = UpdateIssueStep.action(args).orElseThrow(() -> new WorkflowException(
                "This transition's Golden Thread function names no quarterly update step: edit the workflow"));
        UpdateIssueStep step = UpdateIssueStep.of(transientVars, store, callers).orElseThrow(() ->
                new WorkflowException("Golden Thread records this step only on a KPI's update issue, for a "
                        + "signed-in user"));
        try {
            int version = updates.version(step.caller(), step.kpiKey(), step.periodId());
            updates.take(step.caller(), step.kpiKey(), step.periodId(),
                    fields.body(action, step.issue(), UpdateIssueStep.comment(transientVars)), version);
        } catch (ApiException | ConflictException e) {
            throw new WorkflowException(e.getMessage());
        }
        if (action == UpdateAction.PUBLISH) {
            // the figure is published whatever Jira says of the KPI's issue, so a refusal there is only reported
            Optional<String> refused = kpiIssues.refresh(step.kpiKey());
            refused.ifPresent(reason -> LOG.warn("The issue of {} keeps its earlier figure: {}", step.kpiKey(),
                    reason));
        }
    }
}
