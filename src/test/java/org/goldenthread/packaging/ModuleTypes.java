package org.goldenthread.packaging;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each plugin module type requires of the classes it names: for an attribute or child element holding a class
 * name, the type that class must extend or implement. A module type missing here fails the check, so a new kind of
 * module is added here with its requirement before it ships.
 */
final class ModuleTypes {

    /** A class named by a module: where it is written, and what it must be. */
    record ClassRequirement(String where, String requiredType) {
        boolean isAttribute() {
            return where.startsWith("@");
        }

        String name() {
            return isAttribute() ? where.substring(1) : where;
        }
    }

    static final String ANNOTATED_REST_PACKAGE = "package";

    private static final Map<String, List<ClassRequirement>> REQUIREMENTS = Map.ofEntries(
            Map.entry("ao", List.of(
                    new ClassRequirement("entity", "net.java.ao.RawEntity"),
                    new ClassRequirement("upgradeTask",
                            "com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask"))),
            Map.entry("rest", List.of()),
            Map.entry("rest-migration", List.of()),
            Map.entry("resource", List.of()),
            Map.entry("web-resource", List.of()),
            Map.entry("velocity-allowlist", List.of()),
            Map.entry("content-template", List.of()),
            Map.entry("blueprint", List.of()),
            Map.entry("web-item", List.of()),
            Map.entry("web-section", List.of()),
            Map.entry("xhtml-macro", List.of(
                    new ClassRequirement("@class", "com.atlassian.confluence.macro.Macro"))),
            Map.entry("servlet", List.of(
                    new ClassRequirement("@class", "jakarta.servlet.http.HttpServlet"))),
            Map.entry("web-panel", List.of(
                    new ClassRequirement("@class", "com.atlassian.plugin.web.model.WebPanel"))),
            Map.entry("workflow-function", List.of(
                    new ClassRequirement("@class", "com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory"),
                    new ClassRequirement("function-class", "com.opensymphony.workflow.FunctionProvider"))),
            Map.entry("workflow-validator", List.of(
                    new ClassRequirement("@class", "com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory"),
                    new ClassRequirement("validator-class", "com.opensymphony.workflow.Validator"))),
            Map.entry("workflow-condition", List.of(
                    new ClassRequirement("@class", "com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory"),
                    new ClassRequirement("condition-class", "com.opensymphony.workflow.Condition"))));

    /** Modules that only make sense in one product, and the product they must be restricted to. */
    private static final Map<String, String> RESTRICTED = Map.of(
            "ao", "jira",
            "rest", "jira",
            "rest-migration", "jira",
            "xhtml-macro", "confluence",
            "content-template", "confluence",
            "blueprint", "confluence");

    /** Elements inside any module that name a class with a fixed requirement. */
    static final Map<String, String> NESTED_CLASSES = Map.of(
            "context-provider", "com.atlassian.plugin.web.ContextProvider",
            "condition", "com.atlassian.plugin.web.Condition");

    static final Set<String> I18N_KEY_ELEMENTS = Set.of("description", "label", "tooltip", "name", "title");

    private ModuleTypes() {
    }

    static boolean isKnown(String type) {
        return REQUIREMENTS.containsKey(type);
    }

    static List<ClassRequirement> requirements(String type) {
        return REQUIREMENTS.getOrDefault(type, List.of());
    }

    static String requiredProduct(String type) {
        return RESTRICTED.get(type);
    }
}
