package org.goldenthread.contract;

import java.util.List;

/**
 * The council's settings, read and written whole. {@code tolerancePercent} is the tolerance a KPI without its own
 * inherits, as % of target; {@code submissionLag} how long after a period ends its figure is due, as an ISO-8601 period
 * ({@code P1M}, {@code P20D}); {@code openingLag} how long after a period ends its updates open ({@code P0D}, at
 * once); {@code commentaryRequiredFor} the statuses whose updates need commentary, and
 * {@code commentaryOnExceptions} whether any exception needs it too; {@code actionPlanAfterAmberPeriods} how many
 * periods in a row at amber need an action plan (null: never; red always does); {@code councillorReadMode}
 * {@code JIRA_ACCOUNTS} or {@code REPORTING}; {@code authorityCode} the council's code in benchmark files. A change
 * sends back the {@code version} it was made to.
 */
public record SettingsView(Integer version, String tolerancePercent, String submissionLag, String openingLag,
                           List<String> commentaryRequiredFor, Boolean commentaryOnExceptions,
                           Integer actionPlanAfterAmberPeriods, Boolean separationOfDuties, Boolean publicReporting,
                           String councillorReadMode, String authorityCode) {
}
