package org.goldenthread.rest;

import java.math.BigDecimal;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.contract.SettingsView;
import org.goldenthread.status.Status;
import org.goldenthread.store.CouncilSettings;
import org.goldenthread.store.StoredSettings;

/** The settings as the API reads and writes them: every field is required, except the two that may be empty. */
public final class SettingsForm {
    private SettingsForm() {
    }

    public static SettingsView view(StoredSettings stored) {
        CouncilSettings settings = stored.settings();
        return new SettingsView(stored.editVersion(), settings.tolerancePercent().toPlainString(),
                settings.submissionLag().toString(), settings.openingLag().toString(),
                settings.commentaryStatuses().stream().sorted().map(Status::name).toList(),
                settings.commentaryOnExceptions(), settings.actionPlanAmberPeriods().orElse(null),
                settings.separationOfDuties(), settings.publicReporting(), settings.councillorReadMode().name(),
                settings.authorityCode().orElse(null));
    }

    static CouncilSettings settings(SettingsView sent) {
        return new CouncilSettings(tolerance(sent.tolerancePercent()), lag("submissionLag", sent.submissionLag()),
                lag("openingLag", sent.openingLag()),
                statuses(sent.commentaryRequiredFor()),
                required("commentaryOnExceptions", sent.commentaryOnExceptions()),
                Optional.ofNullable(sent.actionPlanAfterAmberPeriods()),
                required("separationOfDuties", sent.separationOfDuties()),
                required("publicReporting", sent.publicReporting()), readMode(sent.councillorReadMode()),
                Optional.ofNullable(sent.authorityCode()));
    }

    private static BigDecimal tolerance(String text) {
        try {
            return new BigDecimal(required("tolerancePercent", text).strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("tolerancePercent", "tolerancePercent must be a number from 0 to 100, "
                    + "such as 5, but is '" + text + "'");
        }
    }

    private static Period lag(String field, String text) {
        try {
            return Period.parse(required(field, text).strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, field + " must be an ISO-8601 period such as P1M (a month) or P20D "
                    + "(20 days), but is '" + text + "'");
        }
    }

    private static Set<Status> statuses(List<String> names) {
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        for (String name : required("commentaryRequiredFor", names)) {
            try {
                statuses.add(Status.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("commentaryRequiredFor", "commentaryRequiredFor can name only GREEN, "
                        + "AMBER, RED, MET and NOT_MET, but names '" + name + "'");
            }
        }
        return statuses;
    }

    private static CouncilSettings.ReadMode readMode(String text) {
        try {
            return CouncilSettings.ReadMode.valueOf(required("councillorReadMode", text).strip()
                    .toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("councillorReadMode", "councillorReadMode must be JIRA_ACCOUNTS or REPORTING, "
                    + "but is '" + text + "'");
        }
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw ApiException.invalid(field, field + " is required");
        }
        return value;
    }
}
