package org.goldenthread.jira;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.context.ProjectContext;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.FieldManager;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.jira.ProvisioningPlan.Action;
import org.goldenthread.jira.ProvisioningPlan.Item;
import org.goldenthread.jira.ProvisioningPlan.Kind;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Golden Thread's custom fields, of Jira's own types so that JQL searches them ({@code "KPI status" = Red AND
 * Directorate = Place}): each found by name and reused if it is of the same type, created if not, and given a
 * context for each enabled project, for the issue type it belongs to. A select list's options are added when missing.
 */
@JiraComponent
public class CustomFieldProvisioning {
    static final String SYSTEM_TYPES = "com.atlassian.jira.plugin.system.customfieldtypes:";

    private final CustomFieldManager fields;
    private final FieldConfigSchemeManager contexts;
    private final OptionsManager options;
    private final FieldManager fieldManager;
    private final IssueTypeManager issueTypes;

    @Inject
    public CustomFieldProvisioning(@JiraImport CustomFieldManager fields, @JiraImport FieldConfigSchemeManager contexts,
                                   @JiraImport OptionsManager options, @JiraImport FieldManager fieldManager,
                                   @JiraImport IssueTypeManager issueTypes) {
        this.fields = fields;
        this.contexts = contexts;
        this.options = options;
        this.fieldManager = fieldManager;
        this.issueTypes = issueTypes;
    }

    /** What enabling the project does to each field; a project not in Jira is null. */
    List<Item> plan(Project project) {
        List<Item> items = new ArrayList<>();
        for (JiraNeeds.FieldNeed need : JiraNeeds.FIELDS) {
            items.add(plan(need, project));
        }
        return items;
    }

    private Item plan(JiraNeeds.FieldNeed need, Project project) {
        Optional<CustomField> found = find(need);
        if (found.isEmpty()) {
            return fields.getCustomFieldType(SYSTEM_TYPES + need.type()) == null
                    ? new Item(Kind.CUSTOM_FIELD, need.name(), Action.CONFLICT, "Jira's " + need.type() + " field "
                            + "type is not available: enable Jira's system custom field types first")
                    : new Item(Kind.CUSTOM_FIELD, need.name(), Action.CREATE, need.description() + " (" + need.type()
                            + ", on " + need.issueType() + " issues)");
        }
        String type = found.get().getCustomFieldType().getKey();
        if (!type.equals(SYSTEM_TYPES + need.type())) {
            return new Item(Kind.CUSTOM_FIELD, need.name(), Action.CONFLICT, "Jira has a custom field of this name "
                    + "of type " + type + ", but Golden Thread needs a " + need.type() + " field: rename it first");
        }
        return new Item(Kind.CUSTOM_FIELD, need.name(), Action.REUSE, project == null || covers(found.get(), project)
                ? "Jira's own, already in this project" : "Jira's own; its context gains this project");
    }

    /** Creates what is missing, gives every field a context covering the project, and adds missing options. */
    void carryOut(Project project) {
        for (JiraNeeds.FieldNeed need : JiraNeeds.FIELDS) {
            CustomField field = find(need).orElseGet(() -> create(need, project));
            if (!covers(field, project)) {
                extend(field, project);
            }
            for (FieldConfigScheme scheme : field.getConfigurationSchemes()) {
                addMissingOptions(scheme.getOneAndOnlyConfig(), need.options());
            }
        }
    }

    private Optional<CustomField> find(JiraNeeds.FieldNeed need) {
        return fields.getCustomFieldObjectsByName(need.name()).stream().findFirst();
    }

    private CustomField create(JiraNeeds.FieldNeed need, Project project) {
        CustomFieldType<?, ?> type = fields.getCustomFieldType(SYSTEM_TYPES + need.type());
        CustomFieldSearcher searcher = fields.getCustomFieldSearcher(SYSTEM_TYPES + need.searcher());
        IssueType issueType = issueTypes.getIssueTypes().stream()
                .filter(candidate -> candidate.getName().equalsIgnoreCase(need.issueType())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Jira has no issue type " + need.issueType()
                        + " for the field " + need.name()));
        try {
            return fields.createCustomField(need.name(), need.description(), type, searcher,
                    List.of(new ProjectContext(project.getId())), List.of(issueType));
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Jira could not create the custom field " + need.name() + ": "
                    + e.getMessage(), e);
        }
    }

    private static boolean covers(CustomField field, Project project) {
        return field.getConfigurationSchemes().stream().anyMatch(scheme -> scheme.isGlobal()
                || scheme.getAssociatedProjectIds().contains(project.getId()));
    }

    /** Adds the project to the field's first context, as Jira's own context screen does, and reloads the field. */
    private void extend(CustomField field, Project project) {
        FieldConfigScheme scheme = field.getConfigurationSchemes().get(0);
        Set<Long> projectIds = new LinkedHashSet<>(scheme.getAssociatedProjectIds());
        projectIds.add(project.getId());
        List<JiraContextNode> projectContexts = new ArrayList<>();
        for (Long projectId : projectIds) {
            projectContexts.add(new ProjectContext(projectId));
        }
        contexts.updateFieldConfigScheme(scheme, projectContexts, field);
        fieldManager.refresh();
        fields.refreshConfigurationSchemes(field.getIdAsLong());
    }

    private void addMissingOptions(FieldConfig config, List<String> wanted) {
        Options existing = options.getOptions(config);
        long sequence = existing.size();
        for (String value : wanted) {
            if (existing.getOptionForValue(value, null) == null) {
                options.createOption(config, null, sequence++, value);
            }
        }
    }

    /** The option of that value in the field's context for the project, created if the field has none yet. */
    static Optional<Option> option(OptionsManager options, CustomField field, long projectId, String value) {
        Optional<FieldConfigScheme> scheme = field.getConfigurationSchemes().stream()
                .filter(candidate -> candidate.isGlobal() || candidate.getAssociatedProjectIds().contains(projectId))
                .findFirst();
        if (scheme.isEmpty()) {
            return Optional.empty();
        }
        FieldConfig config = scheme.get().getOneAndOnlyConfig();
        Options existing = options.getOptions(config);
        Option found = existing.getOptionForValue(value, null);
        return Optional.of(found != null ? found : options.createOption(config, null, (long) existing.size(), value));
    }
}
