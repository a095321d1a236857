package org.goldenthread.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.store.CouncilSettings;
import org.goldenthread.store.CsvImport;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredSettings;
import org.goldenthread.workbench.PluginDescriptor;
import org.goldenthread.workbench.WorkbenchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily round of update issues, over the real store and the in-memory Jira: each agreed or active KPI gets one
 * update sub-task per period, once the period is over and the opening lag has passed, assigned to its first updater;
 * a run cut short between claiming and making is completed by the next, never duplicated.
 */
class UpdateIssueMakerTest {
    private static final FinancialPeriod Q2 = FinancialPeriod.parse("2025/26 Q2");

    @TempDir
    Path data;
    private WorkbenchDatabase database;
    private Repositories store;
    private final FakeJira jira = new FakeJira().administrator("jira.admin").user("sam.manager")
            .project(10_100L, "WASTE");

    @BeforeEach
    void open() {
        PluginDescriptor descriptor = PluginDescriptor.fromClasspath();
        database = WorkbenchDatabase.open(data, descriptor.key(), descriptor.activeObjectsEntities());
        store = new Repositories(database.activeObjects(), Clock.systemUTC());
        new CsvImport(database.activeObjects(), Clock.systemUTC()).importKpis("kpis.csv", """
                key,title,directorate,unit,decimals,polarity,frequency,owner,updaters,lifecycle
                WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head,sam.manager,ACTIVE
                OLD-01,Streets swept,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head,sam.manager,RETIRED
                """.getBytes(StandardCharsets.UTF_8), "perf");
        StoredSettings settings = store.settings().current();
        store.settings().change(new CouncilSettings(settings.settings().tolerancePercent(),
                settings.settings().submissionLag(), Period.ofDays(5),
                settings.settings().commentaryStatuses(), settings.settings().commentaryOnExceptions(),
                settings.settings().actionPlanAmberPeriods(), settings.settings().separationOfDuties(),
                settings.settings().publicReporting(), settings.settings().councillorReadMode(),
                settings.settings().authorityCode()), settings.editVersion(), "jira.admin");
        jira.signIn("jira.admin");
        jira.provisioning(store).enable("WASTE", "jira.admin");
        jira.kpiIssues(store).project();
        jira.signOut();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void cyc01EachUpdatedKpiGetsOneSubTaskForThePeriodJustEndedOnceTheLagHasPassed() {
        UpdateIssueMaker.Outcome early = maker().open(LocalDate.of(2025, 10, 5));
        UpdateIssueMaker.Outcome opened = maker().open(LocalDate.of(2025, 10, 6));
        UpdateIssueMaker.Outcome again = maker().open(LocalDate.of(2025, 10, 7));

        assertThat(early).isEqualTo(new UpdateIssueMaker.Outcome(0, 0, List.of()));
        assertThat(opened).isEqualTo(new UpdateIssueMaker.Outcome(1, 0, List.of()));
        assertThat(again).isEqualTo(new UpdateIssueMaker.Outcome(0, 0, List.of()));
        FakeJira.FakeIssue update = updates().get(0);
        assertThat(update.summary()).isEqualTo("WST-01 update for 2025/26 Q2");
        assertThat(update.parentId()).isEqualTo(store.kpis().find("WST-01").orElseThrow().issueId().orElseThrow());
        assertThat(update.assignee()).isEqualTo("name-sam.manager");
        assertThat(update.dueDate()).isEqualTo("31/Oct/25");
        assertThat(jira.getIssueTypes()).filteredOn(type -> type.getId().equals(update.typeId())).singleElement()
                .satisfies(type -> assertThat(type.isSubTask()).isTrue());
        assertThat(store.updateIssues().find(wst01(), Q2).orElseThrow().issueId()).contains(update.id());
        assertThat(updates()).hasSize(1);
    }

    @Test
    void aClaimCutShortAfterTheIssueWasMadeIsCompletedWithThatIssue() {
        store.updateIssues().claim(wst01(), Q2);
        long parent = store.kpis().find("WST-01").orElseThrow().issueId().orElseThrow();
        var fields = jira.newIssueInputParameters().setProjectId(10_100L).setSummary("WST-01 update for 2025/26 Q2")
                .setIssueTypeId(jira.getIssueTypes().stream().filter(type -> type.getName().equals("KPI Update"))
                        .findFirst().orElseThrow().getId());
        var made = jira.create(null, jira.validateSubTaskCreate(null, parent, fields));
        jira.createSubTaskIssueLink(jira.getIssueObject(parent), made.getIssue(), null);

        UpdateIssueMaker.Outcome outcome = maker().open(LocalDate.of(2025, 10, 6));

        assertThat(outcome).isEqualTo(new UpdateIssueMaker.Outcome(0, 1, List.of()));
        assertThat(updates()).hasSize(1);
        assertThat(store.updateIssues().find(wst01(), Q2).orElseThrow().issueId()).contains(made.getIssue().getId());
    }

    @Test
    void aClaimCutShortBeforeTheIssueWasMadeIsMadeByTheNextRun() {
        store.updateIssues().claim(wst01(), Q2);

        UpdateIssueMaker.Outcome outcome = maker().open(LocalDate.of(2025, 10, 6));

        assertThat(outcome).isEqualTo(new UpdateIssueMaker.Outcome(1, 0, List.of()));
        assertThat(updates()).hasSize(1);
    }

    @Test
    void theJobRunsOncePerClusterEachDayInUkTimeAcrossBritishSummerTime() {
        RecordingScheduler scheduler = new RecordingScheduler();
        QuarterlyRoundJob job = new QuarterlyRoundJob(scheduler, maker());

        job.afterPropertiesSet();
        job.runJob(startedAt("2025-10-05T23:30:00Z"));
        job.destroy();

        assertThat(scheduler.registered).containsExactly(job);
        assertThat(scheduler.scheduled).hasSize(1);
        assertThat(scheduler.unregistered).isEqualTo(1);
        assertThat(updates()).hasSize(1);
        assertThat(QuarterlyRoundJob.day(startedAt("2026-03-31T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(QuarterlyRoundJob.day(startedAt("2026-01-31T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(QuarterlyRoundJob.day(startedAt("2026-10-25T00:30:00Z"))).isEqualTo(LocalDate.of(2026, 10, 25));
    }

    private static JobRunnerRequest startedAt(String instant) {
        return () -> Date.from(Instant.parse(instant));
    }

    private List<FakeJira.FakeIssue> updates() {
        return jira.issues().values().stream().filter(issue -> issue.parentId() != null).toList();
    }

    private KpiDefinition wst01() {
        return store.kpis().find("WST-01").orElseThrow().definition();
    }

    private UpdateIssueMaker maker() {
        return new UpdateIssueMaker(jira, jira, jira, jira, jira, jira, store);
    }

    /** The scheduler as the job sees it: what it registers and schedules. */
    private static final class RecordingScheduler implements SchedulerService {
        private final List<JobRunner> registered = new ArrayList<>();
        private final List<JobConfig> scheduled = new ArrayList<>();
        private int unregistered;

        @Override
        public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
            registered.add(jobRunner);
        }

        @Override
        public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
            unregistered++;
        }

        @Override
        public void scheduleJob(JobId jobId, JobConfig jobConfig) {
            scheduled.add(jobConfig);
        }
    }
}
