package org.goldenthread.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.store.EnabledProjects;
import org.goldenthread.store.KpiRepository;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;

/**
 * KPI issues as a projection of the KPIs in Active Objects, which stay the master: a KPI without an issue gets one of
 * type KPI in the project Golden Thread was first enabled on, and one with an issue has its summary, description and
 * custom fields brought up to date, through Jira's issue service, which checks and indexes them. The issue's id is kept with the
 * KPI, so running again after a failure carries on where it stopped, and an issue deleted in Jira is made again.
 */
@JiraComponent
public class KpiIssues {
    static final String ISSUE_TYPE = JiraNeeds.KPI;
    static final String LOCK = "org.goldenthread.kpi-issues";
    private static final int SUMMARY_MAX = 255;
    private static final String NOT_ENABLED = "Enable Golden Thread on a project first: KPI issues go in the first "
            + "project it was enabled on, as issues of type " + ISSUE_TYPE;

    private final IssueService issues;
    private final IssueManager issueManager;
    private final IssueTypeManager issueTypes;
    private final ProjectManager projects;
    private final JiraAuthenticationContext authentication;
    private final ClusterLockService locks;
    private final KpiIssueFields fields;
    private final KpiRepository kpis;
    private final EnabledProjects enabled;

    /** How a run went: issues created and updated, and each KPI whose issue Jira refused, with Jira's reasons. */
    public record Outcome(int created, int updated, List<String> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    @Inject
    public KpiIssues(@JiraImport IssueService issues, @JiraImport IssueManager issueManager,
                     @JiraImport IssueTypeManager issueTypes, @JiraImport ProjectManager projects,
                     @JiraImport JiraAuthenticationContext authentication,
                     @JiraImport ClusterLockService locks, KpiIssueFields fields, Repositories store) {
        this.issues = issues;
        this.issueManager = issueManager;
        this.issueTypes = issueTypes;
        this.projects = projects;
        this.authentication = authentication;
        this.locks = locks;
        this.fields = fields;
        this.kpis = store.kpis();
        this.enabled = store.enabledProjects();
    }

    /** Creates or updates every KPI's issue, as the signed-in user. */
    public Outcome project() {
        return locked(this::projectAll);
    }

    private Outcome projectAll() {
        Optional<Project> home = home();
        Optional<String> type = kpiIssueType();
        if (home.isEmpty() || type.isEmpty()) {
            return new Outcome(0, 0, List.of(NOT_ENABLED));
        }
        ApplicationUser actor = authentication.getLoggedInUser();
        int created = 0;
        int updated = 0;
        List<String> problems = new ArrayList<>();
        for (StoredKpi kpi : kpis.all()) {
            boolean existed = issueOf(kpi).isPresent();
            Optional<String> refused = project(kpi, home.get(), type.get(), actor);
            if (refused.isPresent()) {
                problems.add(kpi.definition().key() + ": " + refused.get());
            } else if (existed) {
                updated++;
            } else {
                created++;
            }
        }
        return new Outcome(created, updated, problems);
    }

    /**
     * Brings one KPI's issue up to date, as the signed-in user, after its figures change; answers Jira's reasons if it
     * refused.
     */
    public Optional<String> refresh(String kpiKey) {
        return locked(() -> {
            Optional<Project> home = home();
            Optional<String> type = kpiIssueType();
            Optional<StoredKpi> kpi = kpis.find(kpiKey);
            if (kpi.isEmpty()) {
                return Optional.of("Golden Thread has no KPI " + kpiKey);
            }
            if (home.isEmpty() || type.isEmpty()) {
                return Optional.of(NOT_ENABLED);
            }
            return project(kpi.get(), home.get(), type.get(), authentication.getLoggedInUser());
        });
    }

    /** One node at a time, so that two runs on two nodes never make two issues for one KPI. */
    private <T> T locked(Supplier<T> work) {
        ClusterLock lock = locks.getLockForName(LOCK);
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private Optional<String> project(StoredKpi kpi, Project home, String type, ApplicationUser actor) {
        Optional<MutableIssue> issue = issueOf(kpi);
        IssueInputParameters parameters = issues.newIssueInputParameters().setSummary(summary(kpi.definition()))
                .setDescription(description(kpi.definition()));
        fields.addTo(parameters, kpi.definition(), issue.map(found -> found.getProjectObject().getId())
                .orElse(home.getId()));
        return issue.isPresent() ? update(actor, issue.get().getId(), parameters)
                : create(actor, kpi.definition().key(), parameters.setProjectId(home.getId()).setIssueTypeId(type));
    }

    private Optional<MutableIssue> issueOf(StoredKpi kpi) {
        return kpi.issueId().map(issueManager::getIssueObject);
    }

    private Optional<String> kpiIssueType() {
        return issueTypes.getIssueTypes().stream()
                .filter(issueType -> issueType.getName().equals(ISSUE_TYPE) && !issueType.isSubTask())
                .map(IssueType::getId).findFirst();
    }

    private Optional<String> create(ApplicationUser actor, String key, IssueInputParameters fields) {
        IssueService.CreateValidationResult checked = issues.validateCreate(actor, fields);
        if (!checked.isValid()) {
            return Optional.of(JiraErrors.reasons(checked.getErrorCollection()));
        }
        IssueService.IssueResult made = issues.create(actor, checked);
        if (!made.isValid()) {
            return Optional.of(JiraErrors.reasons(made.getErrorCollection()));
        }
        kpis.linkIssue(key, made.getIssue().getId());
        return Optional.empty();
    }

    private Optional<String> update(ApplicationUser actor, long issueId, IssueInputParameters fields) {
        IssueService.UpdateValidationResult checked = issues.validateUpdate(actor, issueId, fields);
        if (!checked.isValid()) {
            return Optional.of(JiraErrors.reasons(checked.getErrorCollection()));
        }
        IssueService.IssueResult changed = issues.update(actor, checked);
        return changed.isValid() ? Optional.empty() : Optional.of(JiraErrors.reasons(changed.getErrorCollection()));
    }

    /** The project Golden Thread was first enabled on, if Jira still has it. */
    private Optional<Project> home() {
        return enabled.all().stream().sorted(Comparator.comparing(EnabledProjects.EnabledProject::enabledAt))
                .map(project -> projects.getProjectObj(project.projectId())).filter(Objects::nonNull).findFirst();
    }

    static String summary(KpiDefinition kpi) {
        String summary = kpi.key() + " " + kpi.title();
        return summary.length() <= SUMMARY_MAX ? summary : summary.substring(0, SUMMARY_MAX);
    }

    static String description(KpiDefinition kpi) {
        return Stream.of(kpi.definition(), kpi.calculation().isEmpty() ? "" : "Calculation: " + kpi.calculation(),
                        "Kept by Golden Thread, where the performance team changes it: changes made here are "
                                + "replaced.")
                .filter(text -> !text.isEmpty()).reduce((a, b) -> a + "\n\n" + b).orElseThrow();
    }

}
