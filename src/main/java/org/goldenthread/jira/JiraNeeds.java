package org.goldenthread.jira;

import java.util.List;

/**
 * What Golden Thread needs in a Jira, by name, so that provisioning finds what is already there before it creates
 * anything: its issue types, the statuses of the quarterly update, the action plan link type and the project roles.
 */
final class JiraNeeds {
    /** Status categories by their keys in Jira: to do, in progress and done. */
    static final String TO_DO = "new";
    static final String IN_PROGRESS = "indeterminate";
    static final String DONE = "done";

    record IssueTypeNeed(String name, String description, boolean subTask) {
    }

    record StatusNeed(String name, String description, String categoryKey) {
    }

    record LinkTypeNeed(String name, String outward, String inward) {
    }

    static final List<IssueTypeNeed> ISSUE_TYPES = List.of(
            new IssueTypeNeed("KPI", "A key performance indicator, kept by Golden Thread", false),
            new IssueTypeNeed("KPI Update", "One period's update of a KPI: its figure and commentary, verified, "
                    + "signed off and published", true),
            new IssueTypeNeed("Action Plan", "What will be done about an under-performing KPI, by whom and when",
                    false));

    static final List<StatusNeed> STATUSES = List.of(
            new StatusNeed("Awaiting data", "The period's figure has not been submitted", TO_DO),
            new StatusNeed("Submitted", "The figure and commentary are in, for the performance team to verify",
                    IN_PROGRESS),
            new StatusNeed("Verified", "The performance team has checked the figure, for the approver to sign off",
                    IN_PROGRESS),
            new StatusNeed("Signed off", "The approver has signed the update off, for publication", IN_PROGRESS),
            new StatusNeed("Published", "The figure is published; a correction is a restatement", DONE),
            new StatusNeed("No data", "No figure is available for the period, for the reason given", DONE));

    static final LinkTypeNeed ACTION_PLAN_LINK = new LinkTypeNeed("Action plan", "has action plan",
            "is action plan for");

    private JiraNeeds() {
    }
}
