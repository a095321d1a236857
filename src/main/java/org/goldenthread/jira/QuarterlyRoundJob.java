package org.goldenthread.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Opens each day's round of update issues, once per cluster, early each morning in UK time, so that the day is the
 * council's day whatever the season. Scheduled when the plugin's components start, and withdrawn when they stop.
 */
@JiraComponent
public class QuarterlyRoundJob implements InitializingBean, DisposableBean, JobRunner {
    static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");
    /** 02:00 every day: after midnight on the first day of a period, and clear of office hours. */
    static final String CRON = "0 0 2 * * ?";
    private static final Logger LOG = LoggerFactory.getLogger(QuarterlyRoundJob.class);
    private static final JobRunnerKey RUNNER = JobRunnerKey.of(QuarterlyRoundJob.class.getName());
    private static final JobId JOB = JobId.of(QuarterlyRoundJob.class.getName());

    private final SchedulerService scheduler;
    private final UpdateIssueMaker maker;

    @Inject
    public QuarterlyRoundJob(@JiraImport SchedulerService scheduler, UpdateIssueMaker maker) {
        this.scheduler = scheduler;
        this.maker = maker;
    }

    @Override
    public void afterPropertiesSet() {
        scheduler.registerJobRunner(RUNNER, this);
        try {
            scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forCronExpression(CRON, TimeZone.getTimeZone(COUNCIL_TIME))));
        } catch (SchedulerServiceException e) {
            LOG.error("Golden Thread's daily round of update issues could not be scheduled", e);
        }
    }

    @Override
    public void destroy() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        UpdateIssueMaker.Outcome outcome = maker.open(day(request));
        String summary = "Made " + outcome.made() + " update issues and completed " + outcome.completed()
                + " cut short";
        return outcome.problems().isEmpty() ? JobRunnerResponse.success(summary)
                : JobRunnerResponse.failed(summary + "; not made: " + String.join("; ", outcome.problems()));
    }

    /** The council's date when the run started, in UK time, British Summer Time or not. */
    static LocalDate day(JobRunnerRequest request) {
        return request.getStartTime().toInstant().atZone(COUNCIL_TIME).toLocalDate();
    }
}
