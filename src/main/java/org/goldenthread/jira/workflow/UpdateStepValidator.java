package org.goldenthread.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.rest.ApiException;
import org.goldenthread.rest.Callers;
import org.goldenthread.rest.QuarterlyUpdates;
import org.goldenthread.store.Repositories;
import org.goldenthread.update.Refusal;
import org.goldenthread.update.UpdateAction;

/**
 * Checks a quarterly update transition with the rules the API applies: the figure is there and numeric, commentary
 * when the commentary rule asks for it, a linked action plan before sign-off when the action plan rule does, a reason
 * to return or to report no data, separation of duties. Each refusal names its rule, beside its field when it has one.
 */
public class UpdateStepValidator implements Validator {
    private final Repositories store;
    private final Callers callers;
    private final UpdateFields fields;
    private final QuarterlyUpdates updates;

    public UpdateStepValidator(Repositories store, Callers callers, @JiraImport CustomFieldManager customFields) {
        this.store = store;
        this.callers = callers;
        this.fields = new UpdateFields(customFields);
        this.updates = new QuarterlyUpdates(store);
    }

    @Override
    @SuppressWarnings("rawtypes") // OSWorkflow's interface predates generics
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        UpdateAction action = UpdateIssueStep.action(args).orElseThrow(() -> new InvalidInputException(
                "This transition's Golden Thread validator names no quarterly update step: edit the workflow"));
        UpdateIssueStep step = UpdateIssueStep.of(transientVars, store, callers).orElseThrow(() ->
                new InvalidInputException("Golden Thread takes this step only on a KPI's update issue, for a "
                        + "signed-in user"));
        List<Refusal> refusals;
        try {
            refusals = updates.refusals(step.caller(), step.kpiKey(), step.periodId(),
                    fields.body(action, step.issue(), UpdateIssueStep.comment(transientVars)));
        } catch (ApiException e) {
            throw new InvalidInputException(e.getMessage());
        }
        if (refusals.isEmpty()) {
            return;
        }
        InvalidInputException refused = new InvalidInputException();
        for (Refusal refusal : refusals) {
            Optional<String> field = fields.fieldFor(refusal.check(), action);
            if (field.isPresent()) {
                refused.addError(field.get(), refusal.message());
            } else {
                refused.addError(refusal.message());
            }
        }
        throw refused;
    }
}
