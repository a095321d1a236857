package org.goldenthread.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import jakarta.inject.Inject;
import java.util.Optional;
import org.goldenthread.actionplan.ActionPlan;

/**
 * Makes the Action Plan issue that shows an action plan in Jira: in the project of the KPI's issue, its summary the
 * plan's title, assigned to its owner and due when the plan is, and linked from the KPI's issue by the "Action plan"
 * link type, so the KPI's issue reads "has action plan".
 */
@JiraComponent
public class ActionPlanIssueMaker {
    private static final int SUMMARY_MAX = 255;

    /** The issue made, or Jira's reasons for refusing it. */
    public record Made(Optional<Long> issueId, Optional<String> refused) {
    }

    private final IssueService issues;
    private final IssueManager issueManager;
    private final IssueTypeManager issueTypes;
    private final IssueLinkTypeManager linkTypes;
    private final IssueLinkManager links;
    private final UserManager users;
    private final DateFieldFormat dates;
    private final JiraAuthenticationContext authentication;

    @Inject
    public ActionPlanIssueMaker(@JiraImport IssueService issues, @JiraImport IssueManager issueManager,
                                @JiraImport IssueTypeManager issueTypes, @JiraImport IssueLinkTypeManager linkTypes,
                                @JiraImport IssueLinkManager links, @JiraImport UserManager users,
                                @JiraImport DateFieldFormat dates,
                                @JiraImport JiraAuthenticationContext authentication) {
        this.issues = issues;
        this.issueManager = issueManager;
        this.issueTypes = issueTypes;
        this.linkTypes = linkTypes;
        this.links = links;
        this.users = users;
        this.dates = dates;
        this.authentication = authentication;
    }

    /** Makes the plan's issue beside the KPI's issue, as the signed-in user. */
    public Made make(ActionPlan plan, long kpiIssueId) {
        MutableIssue kpiIssue = issueManager.getIssueObject(kpiIssueId);
        Optional<String> type = issueTypes.getIssueTypes().stream()
                .filter(found -> found.getName().equalsIgnoreCase(JiraNeeds.ACTION_PLAN) && !found.isSubTask())
                .map(IssueType::getId).findFirst();
        Optional<Long> linkType = linkTypes.getIssueLinkTypesByName(JiraNeeds.ACTION_PLAN_LINK.name()).stream()
                .map(IssueLinkType::getId).findFirst();
        if (kpiIssue == null || type.isEmpty() || linkType.isEmpty()) {
            return refused("enable Golden Thread on the KPI's project first: it needs the KPI's issue, the Action "
                    + "Plan issue type and the \"Action plan\" link type");
        }
        ApplicationUser actor = authentication.getLoggedInUser();
        IssueInputParameters fields = fields(plan).setProjectId(kpiIssue.getProjectObject().getId())
                .setIssueTypeId(type.get());
        IssueService.CreateValidationResult checked = issues.validateCreate(actor, fields);
        if (!checked.isValid()) {
            return refused(JiraErrors.reasons(checked.getErrorCollection()));
        }
        IssueService.IssueResult made = issues.create(actor, checked);
        if (!made.isValid()) {
            return refused(JiraErrors.reasons(made.getErrorCollection()));
        }
        long planIssueId = made.getIssue().getId();
        try {
            links.createIssueLink(kpiIssueId, planIssueId, linkType.get(), null, actor);
        } catch (CreateException e) {
            return new Made(Optional.of(planIssueId), Optional.of("the issue was made but Jira could not link it "
                    + "to the KPI's issue: " + e.getMessage()));
        }
        return new Made(Optional.of(planIssueId), Optional.empty());
    }

    /** Brings the plan's issue up to date with a change to the plan, as the signed-in user; Jira's reasons if refused. */
    public Optional<String> update(long planIssueId, ActionPlan plan) {
        ApplicationUser actor = authentication.getLoggedInUser();
        IssueService.UpdateValidationResult checked = issues.validateUpdate(actor, planIssueId, fields(plan));
        if (!checked.isValid()) {
            return Optional.of(JiraErrors.reasons(checked.getErrorCollection()));
        }
        IssueService.IssueResult changed = issues.update(actor, checked);
        return changed.isValid() ? Optional.empty() : Optional.of(JiraErrors.reasons(changed.getErrorCollection()));
    }

    /** The issue's fields as the plan has them: summary, description, due date and, if Jira knows them, owner. */
    private IssueInputParameters fields(ActionPlan plan) {
        IssueInputParameters fields = issues.newIssueInputParameters().setSummary(summary(plan))
                .setDescription(plan.description())
                .setDueDate(dates.formatDatePicker(UpdateIssueMaker.midday(plan.due())));
        ApplicationUser owner = users.getUserByKey(plan.owner());
        if (owner != null && owner.isActive()) {
            fields.setAssigneeId(owner.getUsername());
        }
        fields.setSkipScreenCheck(true);
        return fields;
    }

    private static String summary(ActionPlan plan) {
        String summary = plan.kpiKey() + " action plan: " + plan.title();
        return summary.length() <= SUMMARY_MAX ? summary : summary.substring(0, SUMMARY_MAX);
    }

    private static Made refused(String reason) {
        return new Made(Optional.empty(), Optional.of(reason));
    }

}
