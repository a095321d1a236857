package org.goldenthread.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.goldenthread.render.Xml;
import org.goldenthread.update.UpdateAction;

/**
 * Configures Golden Thread's workflow condition, validator and function in Jira's workflow editor: each stands for
 * one quarterly update step, which the administrator chooses and the view names.
 */
public class UpdateStepFactory implements WorkflowPluginConditionFactory, WorkflowPluginValidatorFactory,
        WorkflowPluginFunctionFactory {

    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        Optional<UpdateAction> chosen = UpdateIssueStep.action(args(descriptor));
        return Map.of("stepLabel", chosen.map(UpdateAction::label).orElse("no step chosen"),
                "stepOptionsHtml", options(chosen));
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        Object submitted = formParams.get(UpdateIssueStep.STEP);
        String name = submitted instanceof String[] values && values.length > 0 ? values[0]
                : submitted instanceof String value ? value : "";
        UpdateAction action = UpdateAction.named(name).orElseThrow(() -> new IllegalArgumentException(
                "step must be one of " + Arrays.stream(UpdateAction.values()).map(UpdateAction::apiName)
                        .collect(Collectors.joining(", ")) + ", but is '" + name + "'"));
        return Map.of(UpdateIssueStep.STEP, action.apiName());
    }

    private static Map<?, ?> args(AbstractDescriptor descriptor) {
        if (descriptor instanceof ConditionDescriptor condition) {
            return condition.getArgs();
        }
        if (descriptor instanceof ValidatorDescriptor validator) {
            return validator.getArgs();
        }
        if (descriptor instanceof FunctionDescriptor function) {
            return function.getArgs();
        }
        return Map.of();
    }

    private static String options(Optional<UpdateAction> chosen) {
        return Arrays.stream(UpdateAction.values()).map(action -> "<option value=\"" + action.apiName() + "\""
                        + (chosen.filter(action::equals).isPresent() ? " selected" : "") + ">"
                        + Xml.escape(action.label()) + "</option>")
                .collect(Collectors.joining());
    }
}
