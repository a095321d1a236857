package org.goldenthread.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.goldenthread.rest.Caller;
import org.goldenthread.rest.Role;
import org.goldenthread.store.Repositories;
import org.goldenthread.workbench.PluginDescriptor;
import org.goldenthread.workbench.WorkbenchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Callers in Jira: Jira administrators administer; project roles in Golden Thread's projects give the other parts. */
class JiraCallersTest {
    private static final long WASTE = 10_100L;
    private static final long HOUSING = 10_200L;
    private static final long HELPDESK = 10_300L;

    @TempDir
    Path data;
    private WorkbenchDatabase database;
    private Repositories store;
    private final FakeJira jira = new FakeJira()
            .administrator("jira.admin").user("pat.perf").user("sam.manager").user("cllr.jones").user("ex.officer")
            .deactivated("gone.officer")
            .project(WASTE, "WASTE").project(HOUSING, "HOUSING").project(HELPDESK, "HELP");

    @BeforeEach
    void open() {
        PluginDescriptor descriptor = PluginDescriptor.fromClasspath();
        database = WorkbenchDatabase.open(data, descriptor.key(), descriptor.activeObjectsEntities());
        store = new Repositories(database.activeObjects(), Clock.systemUTC());
        for (KpiProjectRole role : KpiProjectRole.values()) {
            jira.role(role.roleName());
        }
        store.enabledProjects().enable(WASTE, "WASTE", "jira.admin");
        store.enabledProjects().enable(HOUSING, "HOUSING", "jira.admin");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void eachProjectRoleInAGoldenThreadProjectGivesItsPart() {
        jira.member("pat.perf", "Performance Team", WASTE).member("sam.manager", "KPI Updaters", HOUSING)
                .member("sam.manager", "KPI Approvers", WASTE).member("cllr.jones", "Scrutiny", HOUSING);

        assertThat(caller("pat.perf").roles()).containsExactly(Role.PERFORMANCE_TEAM);
        assertThat(caller("sam.manager").roles()).containsExactlyInAnyOrder(Role.UPDATER, Role.APPROVER);
        assertThat(caller("cllr.jones").roles()).containsExactly(Role.SCRUTINY);
        assertThat(caller("cllr.jones").isStaff()).isFalse();
    }

    @Test
    void jiraAdministratorsAdministerTheAppAndTheCallerIsNamedByUserKey() {
        Caller admin = caller("jira.admin");

        assertThat(admin.userKey()).isEqualTo("jira.admin");
        assertThat(admin.roles()).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void aRoleInAProjectGoldenThreadIsNotEnabledOnGivesNoPart() {
        jira.member("ex.officer", "Performance Team", HELPDESK);

        assertThat(caller("ex.officer").roles()).isEmpty();
    }

    @Test
    void aProjectDeletedSinceItWasEnabledGivesNoPart() {
        jira.member("pat.perf", "Performance Team", WASTE).deleteProject(WASTE);

        assertThat(caller("pat.perf").roles()).isEmpty();
    }

    @Test
    void anAnonymousOrDeactivatedUserIsNoCaller() {
        JiraCallers callers = callers();

        assertThat(callers.find(null)).isEmpty();
        jira.signIn("gone.officer");
        assertThat(callers.find(null)).isEmpty();
    }

    @Test
    void aJiraWithoutTheProjectRolesYetGivesOnlyAdministration() {
        FakeJira bare = new FakeJira().administrator("jira.admin").user("pat.perf").project(WASTE, "WASTE");
        JiraCallers callers = new JiraCallers(bare, bare, bare, bare, bare, bare, store);

        assertThat(callers.find(null)).isEmpty();
        bare.signIn("pat.perf");
        assertThat(callers.find(null).orElseThrow().roles()).isEmpty();
        bare.signIn("jira.admin");
        assertThat(callers.find(null).orElseThrow().roles()).containsExactly(Role.ADMINISTRATOR);
    }

    private Caller caller(String user) {
        jira.signIn(user);
        return callers().find(null).orElseThrow();
    }

    private JiraCallers callers() {
        return new JiraCallers(jira, jira, jira, jira, jira, jira, store);
    }
}
