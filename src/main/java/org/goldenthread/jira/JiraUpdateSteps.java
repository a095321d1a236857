package org.goldenthread.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.goldenthread.contract.MeasurementRow;
import org.goldenthread.contract.StepRequestBody;
import org.goldenthread.jira.workflow.QuarterlyUpdateWorkflowXml;
import org.goldenthread.measure.DataQuality;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.rest.ApiException;
import org.goldenthread.rest.Caller;
import org.goldenthread.rest.QuarterlyUpdates;
import org.goldenthread.rest.UpdateStepTaker;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.update.UpdateAction;

/**
 * Steps of a period's update asked of the REST API in Jira: where the update has its issue, the step is that issue's
 * workflow transition, taken through Jira's issue service, so Jira's conditions, validators and post-functions run
 * and the issue's status follows; Golden Thread's own function then records it. An update without an issue (its KPI
 * has none yet) is stepped in Golden Thread alone. Golden Thread's checks run first, so a refusal names its rule as it
 * does in the workbench.
 */
@JiraComponent
public class JiraUpdateSteps implements UpdateStepTaker {
    private final IssueService issues;
    private final IssueManager issueManager;
    private final CustomFieldManager fields;
    private final OptionsManager options;
    private final JiraAuthenticationContext authentication;
    private final WorkflowManager workflows;
    private final Repositories store;
    private final QuarterlyUpdates updates;

    @Inject
    public JiraUpdateSteps(@JiraImport IssueService issues, @JiraImport IssueManager issueManager,
                           @JiraImport CustomFieldManager fields, @JiraImport OptionsManager options,
                           @JiraImport JiraAuthenticationContext authentication,
                           @JiraImport WorkflowManager workflows, Repositories store) {
        this.issues = issues;
        this.issueManager = issueManager;
        this.fields = fields;
        this.options = options;
        this.authentication = authentication;
        this.workflows = workflows;
        this.store = store;
        this.updates = new QuarterlyUpdates(store);
    }

    @Override
    public MeasurementRow take(Caller caller, String key, String periodId, StepRequestBody body, int version) {
        updates.check(caller, key, periodId, body, version);
        Optional<MutableIssue> issue = updateIssue(key, periodId);
        if (issue.isEmpty()) {
            return updates.take(caller, key, periodId, body, version);
        }
        UpdateAction action = UpdateAction.named(body.action()).orElseThrow();
        JiraWorkflow workflow = workflows.getWorkflow(issue.get());
        if (workflow == null || !WorkflowProvisioning.WORKFLOW.equals(workflow.getName())) {
            throw new ApiException(409, "refused", "workflow", "The update's issue follows the workflow "
                    + (workflow == null ? "(none)" : workflow.getName()) + ", not " + WorkflowProvisioning.WORKFLOW
                    + ": move its project to the workflow scheme Golden Thread made for it, through Jira's migration");
        }
        ApplicationUser user = authentication.getLoggedInUser();
        int before = updates.version(caller, key, periodId);
        IssueService.TransitionValidationResult checked = issues.validateTransition(user, issue.get().getId(),
                QuarterlyUpdateWorkflowXml.actionId(action), inputs(action, body, issue.get()));
        if (!checked.isValid()) {
            throw refusedByJira(action, checked.getErrorCollection());
        }
        IssueService.IssueResult done = issues.transition(user, checked);
        boolean recorded = updates.version(caller, key, periodId) != before;
        if (!done.isValid()) {
            throw recorded ? new ApiException(409, "refused", "workflow", "Golden Thread recorded the step, but "
                    + "Jira did not move the update's issue: " + JiraErrors.reasons(done.getErrorCollection()))
                    : refusedByJira(action, done.getErrorCollection());
        }
        if (!recorded) {
            throw new ApiException(409, "refused", "workflow", "The update's issue moved on, but its workflow does "
                    + "not record the step in Golden Thread: give KPI Update issues the workflow "
                    + WorkflowProvisioning.WORKFLOW);
        }
        return updates.row(caller, key, periodId);
    }

    private Optional<MutableIssue> updateIssue(String key, String periodId) {
        Optional<KpiDefinition> kpi = store.kpis().find(key).map(StoredKpi::definition);
        if (kpi.isEmpty()) {
            return Optional.empty();
        }
        FinancialPeriod period = FinancialPeriod.parse(periodId, kpi.get().frequency());
        return store.updateIssues().find(kpi.get(), period).flatMap(claim -> claim.issueId())
                .map(issueManager::getIssueObject);
    }

    /** The transition's screen fields: the figure fields on submission, the comment for a reason. */
    private IssueInputParameters inputs(UpdateAction action, StepRequestBody body, MutableIssue issue) {
        IssueInputParameters inputs = issues.newIssueInputParameters();
        switch (action) {
            case SUBMIT -> {
                field(FieldNames.KPI_VALUE).ifPresent(field -> inputs.addCustomFieldValue(field.getIdAsLong(),
                        body.value()));
                field(FieldNames.KPI_COMMENTARY).ifPresent(field -> inputs.addCustomFieldValue(field.getIdAsLong(),
                        body.commentary() == null ? "" : body.commentary()));
                DataQuality quality = body.dataQuality() == null || body.dataQuality().isBlank()
                        ? DataQuality.CONFIRMED
                        : DataQuality.valueOf(body.dataQuality().strip().toUpperCase(Locale.ROOT));
                Optional<CustomField> qualityField = field(FieldNames.DATA_QUALITY);
                if (qualityField.isPresent()) {
                    CustomFieldProvisioning.option(options, qualityField.get(), issue.getProjectObject().getId(),
                            JiraNeeds.label(quality)).ifPresent(option -> inputs.addCustomFieldValue(
                            qualityField.get().getIdAsLong(), option.getOptionId().toString()));
                }
            }
            case DATA_NOT_AVAILABLE, RETURN -> inputs.setComment(reason(body));
            default -> {
                // verify, sign off and publish show no screen
            }
        }
        return inputs;
    }

    private static String reason(StepRequestBody body) {
        return body.reason() == null || body.reason().isBlank()
                ? body.commentary() == null ? "" : body.commentary() : body.reason();
    }

    private Optional<CustomField> field(String name) {
        return fields.getCustomFieldObjectsByName(name).stream().findFirst();
    }

    private static ApiException refusedByJira(UpdateAction action, ErrorCollection errors) {
        return new ApiException(409, "refused", "workflow", "Jira refused to " + action.apiName()
                + " the update's issue: " + JiraErrors.reasons(errors));
    }
}
