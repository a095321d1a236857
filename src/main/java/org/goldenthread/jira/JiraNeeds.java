package org.goldenthread.jira;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.goldenthread.measure.DataQuality;
import org.goldenthread.render.StatusText;
import org.goldenthread.status.Direction;

/**
 * What Golden Thread needs in a Jira, by name, so that provisioning finds what is already there before it creates
 * anything: its issue types, the statuses of the quarterly update, its custom fields, the action plan link type and
 * the project roles.
 */
final class JiraNeeds {
    /** Status categories by their keys in Jira: to do, in progress and done. */
    static final String TO_DO = "new";
    static final String IN_PROGRESS = "indeterminate";
    static final String DONE = "done";

    /** The issue types a KPI and its period's update are. */
    static final String KPI = "KPI";
    static final String KPI_UPDATE = "KPI Update";
    static final String ACTION_PLAN = "Action Plan";

    record IssueTypeNeed(String name, String description, boolean subTask) {
    }

    record StatusNeed(String name, String description, String categoryKey) {
    }

    record LinkTypeNeed(String name, String outward, String inward) {
    }

    /**
     * A custom field: its Jira type and searcher (keys after Jira's system prefix), the issue type it is for, and the
     * options a select list starts with.
     */
    record FieldNeed(String name, String description, String type, String searcher, String issueType,
                     List<String> options) {
        FieldNeed {
            options = List.copyOf(options);
        }
    }

    static final List<IssueTypeNeed> ISSUE_TYPES = List.of(
            new IssueTypeNeed(KPI, "A key performance indicator, kept by Golden Thread", false),
            new IssueTypeNeed(KPI_UPDATE, "One period's update of a KPI: its figure and commentary, verified, "
                    + "signed off and published", true),
            new IssueTypeNeed(ACTION_PLAN, "What will be done about an under-performing KPI, by whom and when",
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

    static final List<FieldNeed> FIELDS = List.of(
            new FieldNeed(FieldNames.KPI_STATUS, "The status of the KPI's latest published figure", "select",
                    "multiselectsearcher", KPI, Arrays.stream(StatusText.values())
                    .filter(text -> text != StatusText.NO_FIGURE).map(StatusText::label).toList()),
            new FieldNeed(FieldNames.DIRECTORATE, "The directorate the KPI belongs to", "select",
                    "multiselectsearcher", KPI, List.of()),
            new FieldNeed(FieldNames.KPI_OWNER, "The officer accountable for the KPI", "userpicker",
                    "userpickergroupsearcher", KPI, List.of()),
            new FieldNeed(FieldNames.LATEST_VALUE, "The KPI's latest published figure", "float", "exactnumber", KPI,
                    List.of()),
            new FieldNeed(FieldNames.DIRECTION_OF_TRAVEL, "The KPI's latest published figure against the period "
                    + "before", "select", "multiselectsearcher", KPI,
                    Arrays.stream(Direction.values()).map(Direction::label).toList()),
            new FieldNeed(FieldNames.KPI_VALUE, "The period's figure, in the KPI's unit", "float", "exactnumber",
                    KPI_UPDATE, List.of()),
            new FieldNeed(FieldNames.KPI_COMMENTARY, "What lies behind the figure, and what is being done about it",
                    "textarea", "textsearcher", KPI_UPDATE, List.of()),
            new FieldNeed(FieldNames.DATA_QUALITY, "How sure the figure is", "select", "multiselectsearcher",
                    KPI_UPDATE, Arrays.stream(DataQuality.values()).map(JiraNeeds::label).toList()));

    private JiraNeeds() {
    }

    /** CONFIRMED reads "Confirmed". */
    static String label(DataQuality quality) {
        String name = quality.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
