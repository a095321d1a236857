package org.goldenthread.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.goldenthread.jira.ProvisioningPlan.Action;
import org.goldenthread.jira.ProvisioningPlan.Item;
import org.goldenthread.jira.ProvisioningPlan.Kind;
import org.goldenthread.rest.Role;
import org.goldenthread.store.EnabledProjects;
import org.goldenthread.store.Repositories;
import org.goldenthread.workbench.PluginDescriptor;
import org.goldenthread.workbench.WorkbenchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enabling Golden Thread on a project, against the in-memory Jira and the real store: what it will do is said first;
 * the first run creates what is missing, a second creates nothing, a run cut short earlier is completed, what Jira
 * already has is reused, and a clash of names stops it before it creates anything.
 */
class ProvisioningTest {
    private static final long WASTE = 10_100L;

    @TempDir
    Path data;
    private WorkbenchDatabase database;
    private Repositories store;
    private final FakeJira jira = new FakeJira().administrator("jira.admin").project(WASTE, "WASTE");

    @BeforeEach
    void open() {
        PluginDescriptor descriptor = PluginDescriptor.fromClasspath();
        database = WorkbenchDatabase.open(data, descriptor.key(), descriptor.activeObjectsEntities());
        store = new Repositories(database.activeObjects(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void thePlanSaysWhatWillBeCreatedBeforeAnythingIs() {
        ProvisioningPlan plan = provisioning().plan("WASTE");

        assertThat(plan.canRun()).isTrue();
        assertThat(plan.created()).extracting(Item::name).containsExactly("WASTE", "KPI", "KPI Update",
                "Action Plan", "Awaiting data", "Submitted", "Verified", "Signed off", "Published", "No data",
                "KPI status", "Directorate", "KPI owner", "Latest value", "Direction of travel", "KPI value", "KPI commentary",
                "Data quality", "Golden Thread: KPI figure", "Golden Thread: reason", "Golden Thread quarterly update",
                "Golden Thread: WASTE", "Action plan", "KPI Updaters", "Performance Team", "KPI Approvers",
                "Scrutiny");
        assertThat(jira.statusNames()).containsExactly("Open", "In Progress", "Closed");
        assertThat(store.enabledProjects().all()).isEmpty();
    }

    @Test
    void theFirstRunCreatesWhatIsMissingAndTheSecondCreatesNothing() {
        ProvisioningPlan first = provisioning().enable("WASTE", "jira.admin");
        ProvisioningPlan second = provisioning().enable("WASTE", "jira.admin");

        assertThat(first.created()).hasSize(27);
        assertThat(jira.issueTypeNames()).containsExactly("Task 10318", "Bug 10303", "Sub-task (sub-task) 10316",
                "KPI 10318", "KPI Update (sub-task) 10316", "Action Plan 10318");
        assertThat(jira.statusNames()).containsExactly("Open", "In Progress", "Closed", "Awaiting data",
                "Submitted", "Verified", "Signed off", "Published", "No data");
        assertThat(jira.roleNames()).containsExactly("KPI Approvers", "KPI Updaters", "Performance Team",
                "Scrutiny");
        assertThat(jira.linkTypeCount()).isEqualTo(2);
        assertThat(store.enabledProjects().all()).extracting(EnabledProjects.EnabledProject::projectKey)
                .containsExactly("WASTE");
        assertThat(second.created()).isEmpty();
        assertThat(jira.statusNames()).hasSize(9);
        assertThat(jira.issueTypeNames()).hasSize(6);
        assertThat(jira.linkTypeCount()).isEqualTo(2);
        assertThat(jira.locksTaken()).containsExactly(Provisioning.LOCK, Provisioning.LOCK);
        assertThat(jira.contextsOf("KPI status")).containsExactly("[" + WASTE + "]");
        assertThat(jira.optionsOf("KPI status")).containsExactly(List.of("Green", "Amber", "Red", "Met", "Not met",
                "No target", "Context", "Not due", "Missing", "Suspended"));
    }

    @Test
    void eachFieldIsOfJirasOwnTypeForItsIssueTypeInTheEnabledProjectSoJqlCanSearchIt() {
        provisioning().enable("WASTE", "jira.admin");

        assertThat(jira.getCustomFieldObjectsByName("KPI status")).singleElement()
                .extracting(field -> field.getCustomFieldType().getKey())
                .isEqualTo("com.atlassian.jira.plugin.system.customfieldtypes:select");
        assertThat(jira.getCustomFieldObjectsByName("KPI value")).singleElement()
                .extracting(field -> field.getCustomFieldType().getKey())
                .isEqualTo("com.atlassian.jira.plugin.system.customfieldtypes:float");
        assertThat(jira.issueTypesOf("KPI status")).containsExactly("KPI");
        assertThat(jira.issueTypesOf("KPI commentary")).containsExactly("KPI Update");
        assertThat(jira.optionsOf("Direction of travel")).containsExactly(List.of("Improving",
                "No significant change", "Worsening", "Not comparable"));
        assertThat(jira.optionsOf("Data quality")).containsExactly(List.of("Confirmed", "Provisional",
                "Estimated"));
        assertThat(jira.optionsOf("Directorate")).containsExactly(List.of());
    }

    @Test
    void enablingASecondProjectAddsItToEachFieldsContextAndReloadsTheField() {
        jira.project(10_200L, "HOUSING");
        provisioning().enable("WASTE", "jira.admin");

        ProvisioningPlan plan = provisioning().plan("HOUSING");
        provisioning().enable("HOUSING", "jira.admin");

        assertThat(plan.items()).filteredOn(item -> item.kind() == Kind.CUSTOM_FIELD).extracting(Item::action,
                Item::detail).containsOnly(tuple(Action.REUSE, "Jira's own; its context gains this project"));
        assertThat(jira.getCustomFieldObjectsByName("KPI status")).hasSize(1);
        assertThat(jira.contextsOf("KPI status")).containsExactly("[" + WASTE + ", 10200]");
        assertThat(jira.optionsOf("KPI status").get(0)).hasSize(10);
        assertThat(jira.fieldRefreshes()).hasSize(2 * JiraNeeds.FIELDS.size())
                .contains("all fields", "KPI status", "Data quality");
    }

    @Test
    void aFieldOfTheSameNameAndTypeIsReusedAsItIsWithTheOptionsItLacksAdded() {
        jira.customField("Directorate", "select").customField("Data quality", "select");

        provisioning().enable("WASTE", "jira.admin");

        assertThat(jira.contextsOf("Directorate")).containsExactly("global");
        assertThat(jira.optionsOf("Data quality")).containsExactly(List.of("Confirmed", "Provisional",
                "Estimated"));
        assertThat(jira.fieldRefreshes()).isEmpty();
    }

    @Test
    void aFieldOfTheSameNameButAnotherTypeIsAConflictThatSaysWhatToDo() {
        jira.customField("KPI value", "textfield");

        ProvisioningPlan plan = provisioning().enable("WASTE", "jira.admin");

        assertThat(plan.canRun()).isFalse();
        assertThat(plan.items()).filteredOn(item -> item.action() == Action.CONFLICT).singleElement()
                .extracting(Item::detail).isEqualTo("Jira has a custom field of this name of type "
                        + "com.atlassian.jira.plugin.system.customfieldtypes:textfield, but Golden Thread needs a "
                        + "float field: rename it first");
        assertThat(jira.getCustomFieldObjectsByName("KPI status")).isEmpty();
    }

    @Test
    void aRunCutShortEarlierIsCompletedAndWhatJiraHasIsReused() {
        jira.issueType("KPI", false).status("Awaiting data", "new").status("submitted", "indeterminate")
                .role("Performance Team")
                .linkType("Action plan", "has action plan", "is action plan for");

        ProvisioningPlan plan = provisioning().enable("WASTE", "jira.admin");

        assertThat(plan.items()).filteredOn(item -> item.action() == Action.REUSE).extracting(Item::name)
                .containsExactly("Sub-tasks", "KPI", "Awaiting data", "Submitted", "Action plan", "Performance Team");
        assertThat(jira.issueTypeNames()).filteredOn(name -> name.matches("KPI \\d+")).hasSize(1);
        assertThat(jira.statusNames()).filteredOn(name -> name.equalsIgnoreCase("submitted")).hasSize(1);
        assertThat(jira.roleNames()).hasSize(4);
        assertThat(jira.linkTypeCount()).isEqualTo(2);
    }

    @Test
    void aClashOfNamesStopsItBeforeItCreatesAnything() {
        jira.status("Published", "indeterminate").linkType("Action plan", "relates to", "relates to");

        ProvisioningPlan plan = provisioning().enable("WASTE", "jira.admin");

        assertThat(plan.canRun()).isFalse();
        assertThat(plan.items()).filteredOn(item -> item.action() == Action.CONFLICT)
                .extracting(Item::kind, Item::name).containsExactly(
                        tuple(Kind.STATUS, "Published"),
                        tuple(Kind.LINK_TYPE, "Action plan"));
        assertThat(plan.items()).filteredOn(item -> item.name().equals("Published")).singleElement()
                .extracting(Item::detail).asString().contains("indeterminate category", "needs it in done");
        assertThat(jira.statusNames()).containsExactly("Open", "In Progress", "Closed", "Published");
        assertThat(jira.roleNames()).isEmpty();
        assertThat(store.enabledProjects().all()).isEmpty();
    }

    @Test
    void anIssueTypeOfTheWrongKindOrSubTasksSwitchedOffStopItTooAndItSaysWhatToDo() {
        jira.issueType("KPI Update", false).subTasksOff();

        ProvisioningPlan plan = provisioning().enable("WASTE", "jira.admin");

        assertThat(plan.items()).filteredOn(item -> item.action() == Action.CONFLICT).extracting(Item::detail)
                .containsExactly("Off in Jira: switch them on in Administration → Issues → Sub-tasks first, as a "
                        + "KPI "
                        + "Update is a sub-task of its KPI", "Jira has an issue type of this name that is not a "
                        + "sub-task, but Golden Thread needs a sub-task issue type: rename the existing one first");
        assertThat(jira.issueTypeNames()).hasSize(4);
    }

    @Test
    void aProjectJiraDoesNotHaveIsAConflict() {
        ProvisioningPlan plan = provisioning().enable("NOPE", "jira.admin");

        assertThat(plan.canRun()).isFalse();
        assertThat(plan.items().get(0)).isEqualTo(new Item(Kind.PROJECT, "NOPE", Action.CONFLICT,
                "Jira has no project NOPE"));
        assertThat(jira.statusNames()).hasSize(3);
    }

    @Test
    void theRolesItCreatesGiveTheirMembersTheirPartsOnceTheProjectIsEnabled() {
        jira.user("pat.perf");
        provisioning().enable("WASTE", "jira.admin");
        jira.member("pat.perf", KpiProjectRole.PERFORMANCE_TEAM.roleName(), WASTE).signIn("pat.perf");

        assertThat(new JiraCallers(jira, jira, jira, jira, jira, jira, store).find(null).orElseThrow().roles())
                .containsExactly(Role.PERFORMANCE_TEAM);
        assertThat(List.of(KpiProjectRole.values())).extracting(KpiProjectRole::description).doesNotContain("");
    }

    private Provisioning provisioning() {
        return jira.provisioning(store);
    }
}
