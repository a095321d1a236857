package org.goldenthread.store;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.goldenthread.actionplan.ActionPlanRule;
import org.goldenthread.measure.FieldProblem;
import org.goldenthread.measure.InvalidFieldsException;
import org.goldenthread.measure.Tolerance;
import org.goldenthread.status.CommentaryRule;
import org.goldenthread.status.RatingPolicy;
import org.goldenthread.status.Status;
import org.goldenthread.update.UpdateRound;

/**
 * The council's own choices, in one place: the tolerance a KPI without its own inherits (RAG-02), how long after a
 * period's end its figure is due, how long after a period's end its updates open (CYC-01), when commentary and action
 * plans are required (RAG-07, ACT-01), whether the person
 * who submits an update may also verify or sign it off, public reporting, how councillors read reports, and the
 * council's authority code among benchmark figures (KPI-18).
 */
public record CouncilSettings(BigDecimal tolerancePercent, Period submissionLag, Period openingLag,
                              Set<Status> commentaryStatuses,
                              boolean commentaryOnExceptions, Optional<Integer> actionPlanAmberPeriods,
                              boolean separationOfDuties, boolean publicReporting, ReadMode councillorReadMode,
                              Optional<String> authorityCode) {
    /** The statuses that are a judgement against target: the only ones a rule about commentary can name. */
    public static final Set<Status> JUDGEMENTS = EnumSet.of(Status.GREEN, Status.AMBER, Status.RED, Status.MET,
            Status.NOT_MET);
    /** The longest submission lag a council can set: two quarters. */
    public static final Period LONGEST_LAG = Period.ofMonths(6);
    private static final Pattern AUTHORITY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");

    public static final CouncilSettings STANDARD = new CouncilSettings(
            RatingPolicy.STANDARD.councilTolerance().amount(), RatingPolicy.STANDARD.submissionLag(), Period.ZERO,
            CommentaryRule.STANDARD.statuses(), CommentaryRule.STANDARD.onExceptions(),
            ActionPlanRule.STANDARD.amberPeriods(), true, false, ReadMode.JIRA_ACCOUNTS, Optional.empty());

    /** How councillors read reports in Confluence. */
    public enum ReadMode {
        /** Through their own Jira accounts: Jira's permissions decide what each sees. */
        JIRA_ACCOUNTS,
        /** Through the reporting link, without Jira accounts: only published figures of KPIs marked public. */
        REPORTING
    }

    public CouncilSettings {
        Objects.requireNonNull(tolerancePercent, "tolerancePercent");
        Objects.requireNonNull(submissionLag, "submissionLag");
        Objects.requireNonNull(openingLag, "openingLag");
        Objects.requireNonNull(commentaryStatuses, "commentaryStatuses");
        Objects.requireNonNull(actionPlanAmberPeriods, "actionPlanAmberPeriods");
        Objects.requireNonNull(councillorReadMode, "councillorReadMode");
        Objects.requireNonNull(authorityCode, "authorityCode");
        commentaryStatuses = commentaryStatuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(commentaryStatuses));
        authorityCode = authorityCode.map(String::strip).filter(code -> !code.isEmpty());
        List<FieldProblem> problems = new ArrayList<>();
        if (tolerancePercent.signum() < 0 || tolerancePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new FieldProblem("tolerancePercent", "must be from 0 to 100 (% of target), but is "
                    + tolerancePercent.toPlainString()));
        }
        if (submissionLag.isNegative() || submissionLag.getYears() != 0
                || submissionLag.toTotalMonths() * 31 + submissionLag.getDays() > LONGEST_LAG.getMonths() * 31) {
            problems.add(new FieldProblem("submissionLag", "must be from no time to 6 months after the period "
                    + "ends, such as P1M (a month) or P20D (20 days), but is " + submissionLag));
        }
        if (openingLag.isNegative() || openingLag.getYears() != 0
                || openingLag.toTotalMonths() * 31 + openingLag.getDays() > 31) {
            problems.add(new FieldProblem("openingLag", "must be from no time to a month after the period ends, such "
                    + "as P0D (at once) or P5D (5 days), but is " + openingLag));
        }
        if (!JUDGEMENTS.containsAll(commentaryStatuses)) {
            problems.add(new FieldProblem("commentaryRequiredFor", "can name only GREEN, AMBER, RED, MET and "
                    + "NOT_MET, but names " + commentaryStatuses.stream().filter(s -> !JUDGEMENTS.contains(s))
                    .map(Status::name).sorted().toList()));
        }
        if (actionPlanAmberPeriods.isPresent()
                && (actionPlanAmberPeriods.get() < 1 || actionPlanAmberPeriods.get() > 12)) {
            problems.add(new FieldProblem("actionPlanAfterAmberPeriods", "must be from 1 to 12 periods, or empty for "
                    + "never, but is " + actionPlanAmberPeriods.get()));
        }
        if (authorityCode.isPresent() && !AUTHORITY.matcher(authorityCode.get()).matches()) {
            problems.add(new FieldProblem("authorityCode", "must be the code your benchmark files use for this "
                    + "council (letters, digits and hyphens, up to 40), such as E07000123, but is '"
                    + authorityCode.get() + "'"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException("Invalid settings", problems);
        }
    }

    public CouncilSettings withAuthorityCode(String code) {
        return new CouncilSettings(tolerancePercent, submissionLag, openingLag, commentaryStatuses,
                commentaryOnExceptions,
                actionPlanAmberPeriods, separationOfDuties, publicReporting, councillorReadMode,
                Optional.ofNullable(code));
    }

    public RatingPolicy ratingPolicy() {
        return new RatingPolicy(Tolerance.relative(tolerancePercent), submissionLag);
    }

    /** When each period's updates open. */
    public UpdateRound updateRound() {
        return new UpdateRound(openingLag);
    }

    public CommentaryRule commentaryRule() {
        return new CommentaryRule(commentaryStatuses, commentaryOnExceptions);
    }

    public ActionPlanRule actionPlanRule() {
        return new ActionPlanRule(actionPlanAmberPeriods);
    }
}
