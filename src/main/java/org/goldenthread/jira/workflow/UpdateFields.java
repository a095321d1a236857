package org.goldenthread.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import java.math.BigDecimal;
import java.util.Optional;
import org.goldenthread.contract.StepRequestBody;
import org.goldenthread.jira.FieldNames;
import org.goldenthread.update.Check;
import org.goldenthread.update.UpdateAction;

/**
 * The figure, commentary and data quality a service manager enters on a KPI's update issue, in Golden Thread's
 * custom fields, read as the quarterly update step they go with.
 */
final class UpdateFields {
    private static final String FIGURE = FieldNames.KPI_VALUE;
    private static final String COMMENTARY = FieldNames.KPI_COMMENTARY;
    private static final String DATA_QUALITY = FieldNames.DATA_QUALITY;

    /** Jira's id for the comment given with a transition, which carries the reason for a return or for no data. */
    static final String COMMENT_FIELD = "comment";

    private final CustomFieldManager customFields;

    UpdateFields(CustomFieldManager customFields) {
        this.customFields = customFields;
    }

    /**
     * The step as the API takes it. A submission carries the figure fields; a return carries the transition's comment
     * as its reason; no data takes the comment, or failing that the commentary field.
     */
    StepRequestBody body(UpdateAction action, Issue issue, String comment) {
        return switch (action) {
            case SUBMIT -> new StepRequestBody(action.apiName(), figure(issue).orElse(null),
                    text(issue, COMMENTARY).orElse(""), text(issue, DATA_QUALITY).orElse(null), null, null);
            case DATA_NOT_AVAILABLE -> new StepRequestBody(action.apiName(), null, null, null,
                    comment.isBlank() ? text(issue, COMMENTARY).orElse("") : comment, null);
            default -> new StepRequestBody(action.apiName(), null, null, null, comment, null);
        };
    }

    /** The field a refusal is about, so Jira shows the message beside it; empty for a refusal about the whole step. */
    Optional<String> fieldFor(Check check, UpdateAction action) {
        return switch (check) {
            case VALUE -> field(FIGURE).map(CustomField::getId);
            case COMMENTARY -> action == UpdateAction.SUBMIT ? field(COMMENTARY).map(CustomField::getId)
                    : Optional.of(COMMENT_FIELD);
            default -> Optional.empty();
        };
    }

    private Optional<String> figure(Issue issue) {
        return value(issue, FIGURE).map(value -> value instanceof Number number
                ? new BigDecimal(number.toString()).stripTrailingZeros().toPlainString() : value.toString());
    }

    private Optional<String> text(Issue issue, String name) {
        return value(issue, name).map(value -> value instanceof Option option ? option.getValue() : value.toString())
                .filter(text -> !text.isBlank());
    }

    private Optional<Object> value(Issue issue, String name) {
        return field(name).map(issue::getCustomFieldValue);
    }

    private Optional<CustomField> field(String name) {
        return customFields.getCustomFieldObjectsByName(name).stream().findFirst();
    }
}
