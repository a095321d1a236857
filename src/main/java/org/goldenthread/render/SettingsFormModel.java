package org.goldenthread.render;

import java.time.Period;
import java.util.List;
import java.util.Map;
import org.goldenthread.contract.SettingsView;

/**
 * The council's settings as the administration form shows them, in Jira and in the workbench alike; the form sends
 * them whole to the REST API at {@code restBase}, made to {@code version}. A JavaBean for the {@code settings-form}
 * template.
 */
public final class SettingsFormModel {
    private static final Map<String, String> JUDGEMENTS = Map.of("GREEN", "Green", "AMBER", "Amber", "RED", "Red",
            "MET", "Met", "NOT_MET", "Not met");
    private static final List<String> JUDGEMENT_ORDER = List.of("GREEN", "AMBER", "RED", "MET", "NOT_MET");

    private final SettingsView settings;
    private final String restBase;
    private final Period lag;
    private final Period openingLag;

    public SettingsFormModel(SettingsView settings, String restBase) {
        this.settings = settings;
        this.restBase = restBase;
        this.lag = Period.parse(settings.submissionLag());
        this.openingLag = Period.parse(settings.openingLag());
    }

    public int getVersion() {
        return settings.version();
    }

    public String getRestBase() {
        return restBase;
    }

    public String getTolerancePercent() {
        return settings.tolerancePercent();
    }

    /** The lag in days when it has any days, or is none; otherwise in months. */
    public boolean isLagInDays() {
        return lag.getDays() != 0 || lag.toTotalMonths() == 0;
    }

    public long getLagAmount() {
        return isLagInDays() ? lag.getDays() : lag.toTotalMonths();
    }

    /** The days after a period ends that its updates open (the setting allows up to a month, kept in days). */
    public int getOpeningDays() {
        return openingLag.getMonths() * 31 + openingLag.getDays();
    }

    public List<ChoiceModel> getCommentaryStatuses() {
        return JUDGEMENT_ORDER.stream().map(status -> new ChoiceModel(status, JUDGEMENTS.get(status),
                settings.commentaryRequiredFor().contains(status))).toList();
    }

    public boolean isCommentaryOnExceptions() {
        return settings.commentaryOnExceptions();
    }

    /** Empty for never. */
    public String getActionPlanAfterAmberPeriods() {
        return settings.actionPlanAfterAmberPeriods() == null ? ""
                : String.valueOf(settings.actionPlanAfterAmberPeriods());
    }

    public boolean isSeparationOfDuties() {
        return settings.separationOfDuties();
    }

    public boolean isPublicReporting() {
        return settings.publicReporting();
    }

    public List<ChoiceModel> getReadModes() {
        return List.of(new ChoiceModel("JIRA_ACCOUNTS", "with their own Jira accounts",
                        "JIRA_ACCOUNTS".equals(settings.councillorReadMode())),
                new ChoiceModel("REPORTING", "through the reporting link, without Jira accounts (published figures "
                        + "of public KPIs only)", "REPORTING".equals(settings.councillorReadMode())));
    }

    public String getAuthorityCode() {
        return settings.authorityCode() == null ? "" : settings.authorityCode();
    }
}
