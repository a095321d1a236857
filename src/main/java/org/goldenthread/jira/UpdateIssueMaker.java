package org.goldenthread.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.store.EnabledProjects;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.store.UpdateIssues;
import org.goldenthread.update.UpdateRound;

/**
 * Opens a round of quarterly updates in Jira: for each KPI that is agreed or active and has its issue, a KPI Update
 * sub-task for the period just ended, assigned to the KPI's first updater and due on the period's submission deadline,
 * made exactly once. The KPI and period are
 * claimed in Active Objects first; a claim left without an issue by a run cut short is completed by the next run,
 * which first looks among the KPI issue's sub-tasks for the one the claim may have made, by its summary.
 */
@JiraComponent
public class UpdateIssueMaker {
    static final String ISSUE_TYPE = JiraNeeds.KPI_UPDATE;

    private final IssueService issues;
    private final IssueManager issueManager;
    private final IssueTypeManager issueTypes;
    private final SubTaskManager subTasks;
    private final UserManager users;
    private final DateFieldFormat dates;
    private final Repositories store;

    /** How a round went: update issues made, claims cut short that were completed, and what Jira refused. */
    public record Outcome(int made, int completed, List<String> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    @Inject
    public UpdateIssueMaker(@JiraImport IssueService issues, @JiraImport IssueManager issueManager,
                            @JiraImport IssueTypeManager issueTypes, @JiraImport SubTaskManager subTasks,
                            @JiraImport UserManager users, @JiraImport DateFieldFormat dates, Repositories store) {
        this.issues = issues;
        this.issueManager = issueManager;
        this.issueTypes = issueTypes;
        this.subTasks = subTasks;
        this.users = users;
        this.dates = dates;
        this.store = store;
    }

    /** Opens the updates due on the day, as the administrator who first enabled Golden Thread. */
    public Outcome open(LocalDate day) {
        Optional<ApplicationUser> actor = store.enabledProjects().all().stream()
                .min(Comparator.comparing(EnabledProjects.EnabledProject::enabledAt))
                .map(project -> users.getUserByKey(project.enabledBy()));
        Optional<String> type = issueTypes.getIssueTypes().stream()
                .filter(issueType -> issueType.getName().equals(ISSUE_TYPE) && issueType.isSubTask())
                .map(IssueType::getId).findFirst();
        if (actor.isEmpty() || type.isEmpty()) {
            return new Outcome(0, 0, List.of("Enable Golden Thread on a project first: update issues are made as "
                    + "the administrator who enabled it, as sub-tasks of type " + ISSUE_TYPE));
        }
        UpdateRound round = store.settings().current().settings().updateRound();
        UpdateIssues claims = store.updateIssues();
        int made = 0;
        int completed = 0;
        List<String> problems = new ArrayList<>();
        for (StoredKpi stored : store.kpis().all()) {
            KpiDefinition kpi = stored.definition();
            Optional<FinancialPeriod> period = round.open(kpi.frequency(), day);
            Optional<Issue> parent = stored.issueId().map(issueManager::getIssueObject);
            if (!UpdateRound.updates(kpi.lifecycle()) || period.isEmpty() || parent.isEmpty()) {
                continue;
            }
            Optional<UpdateIssues.Claim> claim = claims.find(kpi, period.get());
            if (claim.flatMap(UpdateIssues.Claim::issueId).isPresent()
                    || claim.isEmpty() && !claims.claim(kpi, period.get())) {
                continue;
            }
            String summary = summary(kpi, period.get());
            Optional<Issue> already = claim.isEmpty() ? Optional.empty() : parent.get().getSubTaskObjects().stream()
                    .filter(subTask -> summary.equals(subTask.getSummary())).findFirst();
            if (already.isPresent()) {
                claims.made(kpi, period.get(), already.get().getId());
                completed++;
                continue;
            }
            LocalDate deadline = period.get().dueDate(store.settings().current().settings().submissionLag());
            Optional<String> refused = make(actor.get(), parent.get(), type.get(), kpi, period.get(), summary,
                    deadline);
            if (refused.isEmpty()) {
                made++;
            } else {
                problems.add(kpi.key() + " " + period.get().label() + ": " + refused.get());
            }
        }
        return new Outcome(made, completed, problems);
    }

    private Optional<String> make(ApplicationUser actor, Issue parent, String type, KpiDefinition kpi,
                                  FinancialPeriod period, String summary, LocalDate deadline) {
        IssueInputParameters fields = issues.newIssueInputParameters()
                .setProjectId(parent.getProjectObject().getId()).setIssueTypeId(type).setSummary(summary)
                .setDescription("The " + period.label() + " figure and commentary for " + kpi.key() + " "
                        + kpi.title() + ", entered in Golden Thread.")
                .setDueDate(dates.formatDatePicker(midday(deadline)));
        fields.setSkipScreenCheck(true);
        Optional.ofNullable(users.getUserByKey(kpi.updaters().get(0))).map(ApplicationUser::getUsername)
                .ifPresent(fields::setAssigneeId);
        IssueService.CreateValidationResult checked = issues.validateSubTaskCreate(actor, parent.getId(), fields);
        if (!checked.isValid()) {
            return Optional.of(JiraErrors.reasons(checked.getErrorCollection()));
        }
        IssueService.IssueResult created = issues.create(actor, checked);
        if (!created.isValid()) {
            return Optional.of(JiraErrors.reasons(created.getErrorCollection()));
        }
        try {
            subTasks.createSubTaskIssueLink(parent, created.getIssue(), actor);
        } catch (CreateException e) {
            return Optional.of("the update issue was made but not linked to " + kpi.key() + "'s issue: "
                    + e.getMessage());
        }
        store.updateIssues().made(kpi, period, created.getIssue().getId());
        return Optional.empty();
    }

    /** The day as a moment Jira formats as that day in any time zone it may run in: its middle, in UK time. */
    static Date midday(LocalDate day) {
        return Date.from(day.atTime(12, 0).atZone(QuarterlyRoundJob.COUNCIL_TIME).toInstant());
    }

    /** The sub-task's summary, which also lets a run find the issue a claim cut short may have made. */
    static String summary(KpiDefinition kpi, FinancialPeriod period) {
        return kpi.key() + " update for " + period.label();
    }

}
