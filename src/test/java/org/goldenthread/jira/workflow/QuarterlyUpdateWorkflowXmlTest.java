package org.goldenthread.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opensymphony.workflow.Condition;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.InvalidWorkflowDescriptorException;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.goldenthread.rest.AppVersion;
import org.goldenthread.update.UpdateAction;
import org.goldenthread.update.UpdateState;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The shipped quarterly update workflow: valid against OSWorkflow's document type and its own checks, naming only
 * classes that exist and modules that are declared, and taking exactly the steps of the quarterly update.
 */
class QuarterlyUpdateWorkflowXmlTest {
    private static final String DTD_2_8 = "-//OpenSymphony Group//DTD OSWorkflow 2.8//EN";
    private static final String DTD_2_7 = "-//OpenSymphony Group//DTD OSWorkflow 2.7//EN";

    /**
     * Jira's own workflow classes the file names, as Jira's default workflows write them (Jira 6.3.15's
     * jira-workflow.xml, and workflows exported from current Jira). They are not on this classpath.
     */
    private static final Set<String> JIRA_CLASSES = Set.of(
            "com.atlassian.jira.workflow.validator.PermissionValidator",
            "com.atlassian.jira.workflow.function.issue.IssueCreateFunction",
            "com.atlassian.jira.workflow.function.issue.IssueReindexFunction",
            "com.atlassian.jira.workflow.function.event.FireIssueEventFunction",
            "com.atlassian.jira.workflow.function.issue.UpdateIssueStatusFunction",
            "com.atlassian.jira.workflow.function.misc.CreateCommentFunction",
            "com.atlassian.jira.workflow.function.issue.GenerateChangeHistoryFunction");

    private static final Map<String, Class<?>> REQUIRED_TYPES = Map.of(
            "condition", Condition.class, "validator", Validator.class, "function", FunctionProvider.class);

    private static final Map<String, String> MODULE_CLASS_ELEMENTS = Map.of(
            "workflow-condition", "condition-class", "workflow-validator", "validator-class",
            "workflow-function", "function-class");

    @Test
    void isValidAgainstOsWorkflow28() throws Exception {
        Document document = parse(QuarterlyUpdateWorkflowXml.shipped());

        assertThat(document.getDoctype().getPublicId()).isEqualTo(DTD_2_8);
    }

    @Test
    void theDocumentTypeCheckRefusesAWorkflowThatBreaksIt() {
        String broken = QuarterlyUpdateWorkflowXml.shipped().replaceFirst("<results>", "<resultz>")
                .replaceFirst("</results>", "</resultz>");

        assertThatThrownBy(() -> parse(broken)).isInstanceOf(SAXParseException.class)
                .hasMessageContaining("resultz");
    }

    @Test
    void passesOsWorkflowsOwnChecks() throws Exception {
        Document document = parse(filled());

        new WorkflowDescriptor(document.getDocumentElement()).validate();
    }

    @Test
    void osWorkflowsChecksRefuseTwoActionsWithOneId() throws Exception {
        Document document = parse(filled().replace("<action id=\"21\"", "<action id=\"11\""));

        assertThatThrownBy(() -> new WorkflowDescriptor(document.getDocumentElement()).validate())
                .isInstanceOf(InvalidWorkflowDescriptorException.class).hasMessageContaining("11");
    }

    @Test
    void namesOnlyClassesThatExistAndAreOfTheirKind() throws Exception {
        Document document = parse(QuarterlyUpdateWorkflowXml.shipped());
        List<String> checked = new ArrayList<>();
        for (String kind : REQUIRED_TYPES.keySet()) {
            for (Element element : elements(document.getDocumentElement(), kind)) {
                String className = arg(element, "class.name");
                if (className.startsWith("org.goldenthread.")) {
                    assertThat(Class.forName(className)).as(className).isAssignableTo(REQUIRED_TYPES.get(kind));
                } else {
                    assertThat(JIRA_CLASSES).as(kind + " " + className).contains(className);
                }
                checked.add(className);
            }
        }
        assertThat(checked).contains(UpdateStepCondition.class.getName(), UpdateStepValidator.class.getName(),
                RecordUpdateStep.class.getName(), "com.atlassian.jira.workflow.function.issue.IssueReindexFunction");
    }

    /**
     * Jira writes a workflow module's full key as the plugin key followed directly by the module key, with no ":"
     * between them, as workflows exported from Jira show; the class named beside it must be that module's class.
     */
    @Test
    void everyFullModuleKeyIsADeclaredWorkflowModuleOfTheClassNamedBesideIt() throws Exception {
        Map<String, String> moduleClasses = declaredWorkflowModules();
        Document document = parse(QuarterlyUpdateWorkflowXml.shipped());
        int keyed = 0;
        for (String kind : REQUIRED_TYPES.keySet()) {
            for (Element element : elements(document.getDocumentElement(), kind)) {
                String fullKey = arg(element, "full.module.key");
                if (!fullKey.isEmpty()) {
                    assertThat(moduleClasses).as(fullKey).containsKey(fullKey);
                    assertThat(moduleClasses.get(fullKey)).isEqualTo(arg(element, "class.name"));
                    keyed++;
                }
            }
        }
        assertThat(keyed).isEqualTo(3 * UpdateAction.values().length);
    }

    @Test
    void hasOneStepForEachStateOfTheQuarterlyUpdate() throws Exception {
        Document document = parse(QuarterlyUpdateWorkflowXml.shipped());
        Map<String, String> stepNamesByStatus = new HashMap<>();
        for (Element step : elements(document.getDocumentElement(), "step")) {
            stepNamesByStatus.put(meta(step, "jira.status.id"), step.getAttribute("name"));
        }
        Map<String, String> expected = new HashMap<>();
        for (UpdateState state : UpdateState.values()) {
            expected.put("@status:" + state.name() + "@", state.label());
        }
        assertThat(stepNamesByStatus).isEqualTo(expected);
    }

    /** A published figure is corrected by restatement, so its update issue's fields are not edited in Jira. */
    @Test
    void onlyTheFinishedStepsLockTheIssuesFields() throws Exception {
        Document document = parse(QuarterlyUpdateWorkflowXml.shipped());
        Map<String, String> editable = new HashMap<>();
        for (Element step : elements(document.getDocumentElement(), "step")) {
            editable.put(step.getAttribute("name"), meta(step, "jira.issue.editable"));
        }
        assertThat(editable).containsEntry("Published", "false").containsEntry("No data", "false")
                .containsEntry("Awaiting data", "").containsEntry("Signed off", "");
    }

    /** Each step of the state machine is a transition from each state it may be taken from, to the state it leads to. */
    @Test
    void takesExactlyTheStepsOfTheQuarterlyUpdate() throws Exception {
        Document document = parse(QuarterlyUpdateWorkflowXml.shipped());
        WorkflowModel workflow = new WorkflowModel(document.getDocumentElement());
        for (UpdateAction action : UpdateAction.values()) {
            Set<String> expected = action.from().stream()
                    .map(from -> from.label() + " -> " + action.to().label()).collect(Collectors.toSet());
            assertThat(workflow.transitionsOf(action)).as(action.apiName()).isEqualTo(expected);
        }
        assertThat(workflow.transitionCount()).isEqualTo(
                UpdateAction.values().length + 1); // return for revision is shared by two steps
    }

    @Test
    void eachTransitionCarriesOurConditionValidatorAndFunctionForTheSameStep() throws Exception {
        Document document = parse(QuarterlyUpdateWorkflowXml.shipped());
        List<Element> actions = elements(document.getDocumentElement(), "action").stream()
                .filter(action -> !action.getAttribute("name").equals("Create")).toList();
        assertThat(actions).hasSize(UpdateAction.values().length);
        for (Element action : actions) {
            List<String> steps = new ArrayList<>();
            for (String kind : REQUIRED_TYPES.keySet()) {
                List<Element> ours = elements(action, kind).stream()
                        .filter(element -> arg(element, "class.name").startsWith("org.goldenthread.")).toList();
                assertThat(ours).as(action.getAttribute("name") + " " + kind).hasSize(1);
                steps.add(arg(ours.get(0), "step"));
            }
            UpdateAction step = UpdateAction.named(steps.get(0)).orElseThrow();
            assertThat(steps).as(action.getAttribute("name")).containsOnly(step.apiName());
            assertThat(action.getAttribute("name")).isEqualTo(step.label());
            assertThat(action.getAttribute("id")).isEqualTo(String.valueOf(QuarterlyUpdateWorkflowXml.actionId(step)));
        }
    }

    @Test
    void theReasonAndFigureStepsShowAScreenAndTheOthersNone() throws Exception {
        Document document = parse(QuarterlyUpdateWorkflowXml.shipped());
        Map<String, String> screens = new HashMap<>();
        for (Element action : elements(document.getDocumentElement(), "action")) {
            if (!action.getAttribute("name").equals("Create")) {
                screens.put(action.getAttribute("name"), meta(action, "jira.fieldscreen.id"));
            }
        }
        assertThat(screens).containsEntry("Submit", "@screen:figure@")
                .containsEntry("Data not available", "@screen:reason@")
                .containsEntry("Return for revision", "@screen:reason@")
                .containsEntry("Verify", "").containsEntry("Sign off", "").containsEntry("Publish", "");
    }

    @Test
    void forAJiraFillsInItsStatusAndScreenIds() throws Exception {
        Document document = parse(filled());

        Map<String, String> statusByStep = new HashMap<>();
        for (Element step : elements(document.getDocumentElement(), "step")) {
            statusByStep.put(step.getAttribute("name"), meta(step, "jira.status.id"));
        }
        assertThat(statusByStep).containsEntry("Awaiting data", "10100").containsEntry("No data", "10105");
        assertThat(filled()).doesNotContain("@status:").doesNotContain("@screen:").contains(">20001</meta>");
    }

    @Test
    void aMissingIdIsRefusedNamingWhatItIsFor() {
        Map<UpdateState, String> statuses = statusIds();
        statuses.remove(UpdateState.SIGNED_OFF);

        assertThatThrownBy(() -> QuarterlyUpdateWorkflowXml.forInstance(statuses, screenIds()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no id given for Signed off");
        assertThatThrownBy(() -> QuarterlyUpdateWorkflowXml.forInstance(statusIds(), Map.of()))
                .hasMessage("no id given for @screen:figure@");
    }

    private static String filled() {
        return QuarterlyUpdateWorkflowXml.forInstance(statusIds(), screenIds());
    }

    private static Map<UpdateState, String> statusIds() {
        Map<UpdateState, String> ids = new EnumMap<>(UpdateState.class);
        for (UpdateState state : UpdateState.values()) {
            ids.put(state, String.valueOf(10100 + state.ordinal()));
        }
        return ids;
    }

    private static Map<TransitionScreen, Long> screenIds() {
        return Map.of(TransitionScreen.FIGURE, 20001L, TransitionScreen.REASON, 20002L);
    }

    /** The workflow modules atlassian-plugin.xml declares: full key as Jira writes it, and the class it runs. */
    private static Map<String, String> declaredWorkflowModules() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document descriptor = factory.newDocumentBuilder().parse(Files.newInputStream(Path.of("atlassian-plugin.xml")));
        Map<String, String> modules = new HashMap<>();
        MODULE_CLASS_ELEMENTS.forEach((type, classElement) -> {
            for (Element module : elements(descriptor.getDocumentElement(), type)) {
                modules.put(AppVersion.pluginKey() + module.getAttribute("key"),
                        elements(module, classElement).get(0).getTextContent().strip());
            }
        });
        assertThat(modules).hasSize(3);
        return modules;
    }

    /** Parses with the document type checked, OSWorkflow's 2.7 type coming from its jar. */
    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> switch (publicId == null ? "" : publicId) {
            case DTD_2_8 -> source(QuarterlyUpdateWorkflowXmlTest.class.getResourceAsStream(
                    "/osworkflow/workflow_2_8.dtd"), systemId);
            case DTD_2_7 -> source(WorkflowDescriptor.class.getResourceAsStream("/META-INF/workflow_2_7.dtd"),
                    systemId);
            default -> throw new IllegalArgumentException("unexpected entity " + publicId + " " + systemId);
        });
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
                // a warning does not make the workflow invalid
            }

            @Override
            public void error(SAXParseException exception) throws SAXParseException {
                throw exception;
            }

            @Override
            public void fatalError(SAXParseException exception) throws SAXParseException {
                throw exception;
            }
        });
        return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static InputSource source(InputStream in, String systemId) {
        assertThat(in).as(systemId).isNotNull();
        InputSource source = new InputSource(in);
        source.setSystemId(systemId);
        return source;
    }

    static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    static String arg(Element element, String name) {
        return direct(element, "arg", name);
    }

    private static String meta(Element element, String name) {
        return direct(element, "meta", name);
    }

    private static String direct(Element element, String tag, String name) {
        for (Element child : elements(element, tag)) {
            if (child.getParentNode() == element && child.getAttribute("name").equals(name)) {
                return child.getTextContent().strip();
            }
        }
        return "";
    }
}
