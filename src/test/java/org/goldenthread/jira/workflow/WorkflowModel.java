package org.goldenthread.jira.workflow;

import static org.goldenthread.jira.workflow.QuarterlyUpdateWorkflowXmlTest.arg;
import static org.goldenthread.jira.workflow.QuarterlyUpdateWorkflowXmlTest.elements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldenthread.update.UpdateAction;
import org.w3c.dom.Element;

/** A workflow file read as its transitions: from which step, by which quarterly update step, to which step. */
final class WorkflowModel {
    private record Transition(String from, String step, String to) {
    }

    private final List<Transition> transitions = new ArrayList<>();

    WorkflowModel(Element workflow) {
        Map<String, String> stepNames = new HashMap<>();
        for (Element step : elements(workflow, "step")) {
            stepNames.put(step.getAttribute("id"), step.getAttribute("name"));
        }
        Map<String, Element> common = new HashMap<>();
        for (Element commonActions : elements(workflow, "common-actions")) {
            for (Element action : elements(commonActions, "action")) {
                common.put(action.getAttribute("id"), action);
            }
        }
        for (Element step : elements(workflow, "step")) {
            List<Element> actions = new ArrayList<>(elements(step, "action"));
            for (Element reference : elements(step, "common-action")) {
                actions.add(common.get(reference.getAttribute("id")));
            }
            for (Element action : actions) {
                String to = elements(action, "unconditional-result").get(0).getAttribute("step");
                transitions.add(new Transition(step.getAttribute("name"), ourStep(action), stepNames.get(to)));
            }
        }
    }

    Set<String> transitionsOf(UpdateAction action) {
        return transitions.stream().filter(transition -> transition.step().equals(action.apiName()))
                .map(transition -> transition.from() + " -> " + transition.to()).collect(Collectors.toSet());
    }

    int transitionCount() {
        return transitions.size();
    }

    private static String ourStep(Element action) {
        return elements(action, "condition").stream()
                .filter(condition -> arg(condition, "class.name").equals(UpdateStepCondition.class.getName()))
                .map(condition -> arg(condition, "step")).findFirst().orElse("");
    }
}
