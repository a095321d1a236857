package org.goldenthread.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.contract.MeasurementRow;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.render.StatusText;
import org.goldenthread.rest.Caller;
import org.goldenthread.rest.KpiResource;
import org.goldenthread.rest.Role;
import org.goldenthread.status.Direction;
import org.goldenthread.store.Repositories;

/**
 * A KPI's figures in the custom fields of its issue, so that JQL finds them: its directorate and owner, and the
 * status, value and direction of travel of its latest published figure. They are read as a scrutiny member reads them, so a figure
 * not yet published never reaches Jira's index.
 */
@JiraComponent
public class KpiIssueFields {
    /** A reader with no part in any update: they see published figures only. */
    private static final Caller PUBLISHED_READER = new Caller("golden-thread.issue-fields", Set.of(Role.SCRUTINY));

    private final CustomFieldManager fields;
    private final OptionsManager options;
    private final UserManager users;
    private final Repositories store;

    @Inject
    public KpiIssueFields(@JiraImport CustomFieldManager fields, @JiraImport OptionsManager options,
                          @JiraImport UserManager users, Repositories store) {
        this.fields = fields;
        this.options = options;
        this.users = users;
        this.store = store;
    }

    /**
     * Adds the KPI's values to the fields of its issue in the project, and clears those it has no figure for. A field
     * Jira lacks, or a select whose context does not cover the project, is left out.
     */
    void addTo(IssueInputParameters parameters, KpiDefinition kpi, long projectId) {
        Optional<MeasurementRow> latest = latestPublished(kpi);
        select(parameters, FieldNames.DIRECTORATE, projectId, Optional.of(kpi.directorate()));
        ApplicationUser owner = users.getUserByKey(kpi.owner());
        field(FieldNames.KPI_OWNER).ifPresent(field -> parameters.addCustomFieldValue(field.getIdAsLong(),
                Optional.ofNullable(owner).filter(ApplicationUser::isActive).map(ApplicationUser::getUsername)
                        .stream().toArray(String[]::new)));
        select(parameters, FieldNames.KPI_STATUS, projectId,
                latest.map(row -> StatusText.of(row.status()).label()));
        field(FieldNames.LATEST_VALUE).ifPresent(field -> parameters.addCustomFieldValue(field.getIdAsLong(),
                latest.map(MeasurementRow::value).stream().toArray(String[]::new)));
        select(parameters, FieldNames.DIRECTION_OF_TRAVEL, projectId, latest
                .map(row -> row.direction() == null ? null : row.direction().previous())
                .map(code -> Direction.valueOf(code).label()));
        parameters.setSkipScreenCheck(true);
    }

    private Optional<MeasurementRow> latestPublished(KpiDefinition kpi) {
        List<MeasurementRow> rows = new KpiResource(store, security -> Optional.of(PUBLISHED_READER))
                .measurements(null, kpi.key(), null, null);
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).display() != null) {
                return Optional.of(rows.get(i));
            }
        }
        return Optional.empty();
    }

    private void select(IssueInputParameters parameters, String name, long projectId, Optional<String> value) {
        Optional<CustomField> field = field(name);
        if (field.isEmpty()) {
            return;
        }
        if (value.isEmpty()) {
            parameters.addCustomFieldValue(field.get().getIdAsLong());
            return;
        }
        CustomFieldProvisioning.option(options, field.get(), projectId, value.get()).ifPresent(option ->
                parameters.addCustomFieldValue(field.get().getIdAsLong(), option.getOptionId().toString()));
    }

    private Optional<CustomField> field(String name) {
        return fields.getCustomFieldObjectsByName(name).stream().findFirst();
    }
}
