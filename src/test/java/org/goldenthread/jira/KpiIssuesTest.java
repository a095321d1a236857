package org.goldenthread.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.goldenthread.store.CsvImport;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.workbench.PluginDescriptor;
import org.goldenthread.workbench.WorkbenchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KPI issues as a projection of the KPIs in the real store, made through the in-memory Jira's issue service: created
 * once, then kept up to date, the store keeping each issue's id, and a run cut short carried on by the next.
 */
class KpiIssuesTest {
    private static final long WASTE = 10_100L;

    @TempDir
    Path data;
    private WorkbenchDatabase database;
    private Repositories store;
    private final FakeJira jira = new FakeJira().administrator("jira.admin").user("head").project(WASTE, "WASTE");

    @BeforeEach
    void open() {
        PluginDescriptor descriptor = PluginDescriptor.fromClasspath();
        database = WorkbenchDatabase.open(data, descriptor.key(), descriptor.activeObjectsEntities());
        store = new Repositories(database.activeObjects(), Clock.systemUTC());
        new CsvImport(database.activeObjects(), Clock.systemUTC()).importKpis("kpis.csv", """
                key,title,directorate,unit,decimals,polarity,frequency,owner,definition,calculation
                WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head,Share of waste recycled,Recycled / collected
                HOU-07,Households in temporary accommodation,Housing,NUMBER,0,LOWER_IS_BETTER,QUARTERLY,head,Households placed,
                """.getBytes(StandardCharsets.UTF_8), "perf");
        jira.signIn("jira.admin");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void eachKpiGetsOneIssueOfTypeKpiInTheProjectAndItsIdIsKept() {
        jira.provisioning(store).enable("WASTE", "jira.admin");

        KpiIssues.Outcome first = kpiIssues().project();
        KpiIssues.Outcome second = kpiIssues().project();

        assertThat(first).isEqualTo(new KpiIssues.Outcome(2, 0, List.of()));
        assertThat(second).isEqualTo(new KpiIssues.Outcome(0, 2, List.of()));
        assertThat(jira.issues()).hasSize(2);
        StoredKpi waste = store.kpis().find("WST-01").orElseThrow();
        FakeJira.FakeIssue issue = jira.issues().get(waste.issueId().orElseThrow());
        assertThat(issue.summary()).isEqualTo("WST-01 Household waste recycled");
        assertThat(issue.description()).startsWith("Share of waste recycled\n\nCalculation: Recycled / collected\n\n")
                .endsWith("changes made here are replaced.");
        assertThat(issue.projectId()).isEqualTo(WASTE);
        assertThat(jira.getIssueTypes()).filteredOn(type -> type.getId().equals(issue.typeId()))
                .singleElement().satisfies(type -> assertThat(type.getName()).isEqualTo("KPI"));
    }

    @Test
    void aChangedTitleReachesTheIssueAndAnIssueDeletedInJiraIsMadeAgain() {
        jira.provisioning(store).enable("WASTE", "jira.admin");
        kpiIssues().project();
        StoredKpi housing = store.kpis().find("HOU-07").orElseThrow();
        store.kpis().update(housing.definition().toBuilder().title("Households in temporary homes").build(),
                housing.editVersion(), "perf");
        jira.issues().remove(store.kpis().find("WST-01").orElseThrow().issueId().orElseThrow());

        KpiIssues.Outcome outcome = kpiIssues().project();

        assertThat(outcome).isEqualTo(new KpiIssues.Outcome(1, 1, List.of()));
        assertThat(jira.issues().get(store.kpis().find("HOU-07").orElseThrow().issueId().orElseThrow()).summary())
                .isEqualTo("HOU-07 Households in temporary homes");
        assertThat(jira.issues()).hasSize(2);
    }

    @Test
    void eachIssueCarriesItsDirectorateAndItsLatestPublishedFigureForJql() {
        new CsvImport(database.activeObjects(), Clock.systemUTC()).importMeasurements("history.csv", """
                kpi,period,value
                HOU-07,2025/26 Q1,212
                HOU-07,2025/26 Q2,230
                """.getBytes(StandardCharsets.UTF_8), "perf");
        jira.provisioning(store).enable("WASTE", "jira.admin");

        kpiIssues().project();

        assertThat(jira.optionsOf(FieldNames.DIRECTORATE)).containsExactly(List.of("Housing", "Place"));
        assertThat(fields("HOU-07")).containsExactly("Housing", "No target", "230.0", "Worsening");
        assertThat(fields("WST-01")).containsExactly("Place", null, null, null);
        FakeJira.FakeIssue waste = jira.issues().get(store.kpis().find("WST-01").orElseThrow().issueId()
                .orElseThrow());
        assertThat(waste.getCustomFieldValue(jira.getCustomFieldObjectsByName(FieldNames.KPI_OWNER).iterator()
                .next())).isEqualTo(jira.getUserByKey("head"));
    }

    @Test
    void aFieldsValueJiraRefusesIsReportedWithTheKpiAndItsReason() {
        jira.provisioning(store).enable("WASTE", "jira.admin");
        jira.project(10_200L, "HOUSING");
        KpiIssues.Outcome first = kpiIssues().project();
        jira.moveIssue(store.kpis().find("HOU-07").orElseThrow().issueId().orElseThrow(), 10_200L);

        KpiIssues.Outcome outcome = kpiIssues().project();

        assertThat(first.problems()).isEmpty();
        assertThat(outcome.updated()).isEqualTo(1);
        assertThat(outcome.problems()).singleElement().asString().startsWith("HOU-07: customfield_")
                .contains("cannot be set");
    }

    /** The issue's directorate, KPI status, latest value and direction of travel, as Jira holds them. */
    private List<String> fields(String kpiKey) {
        FakeJira.FakeIssue issue = jira.issues().get(store.kpis().find(kpiKey).orElseThrow().issueId().orElseThrow());
        return java.util.stream.Stream.of(FieldNames.DIRECTORATE, FieldNames.KPI_STATUS, FieldNames.LATEST_VALUE,
                FieldNames.DIRECTION_OF_TRAVEL).map(name -> {
                    Object value = issue.getCustomFieldValue(jira.getCustomFieldObjectsByName(name).iterator().next());
                    return value == null ? null : value instanceof FakeJira.SelectOption option ? option.getValue()
                            : value.toString();
                }).toList();
    }

    @Test
    void withoutAnEnabledProjectNothingIsMadeAndItSaysWhy() {
        KpiIssues.Outcome outcome = kpiIssues().project();

        assertThat(outcome.created()).isZero();
        assertThat(outcome.problems()).singleElement().asString().startsWith("Enable Golden Thread on a project first");
        assertThat(jira.issues()).isEmpty();
    }

    private KpiIssues kpiIssues() {
        return jira.kpiIssues(store);
    }
}
