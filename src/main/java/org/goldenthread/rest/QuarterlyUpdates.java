package org.goldenthread.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldenthread.contract.MeasurementRow;
import org.goldenthread.contract.StepRequestBody;
import org.goldenthread.measure.DataQuality;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Measurement;
import org.goldenthread.measure.Series;
import org.goldenthread.measure.TargetSchedule;
import org.goldenthread.status.ExceptionCheck;
import org.goldenthread.status.ExceptionRules;
import org.goldenthread.status.PeriodOutcome;
import org.goldenthread.status.RaisedException;
import org.goldenthread.status.Requirement;
import org.goldenthread.status.StatusAssessment;
import org.goldenthread.store.ActionPlanStore;
import org.goldenthread.store.ConflictException;
import org.goldenthread.store.CouncilSettings;
import org.goldenthread.store.FigureEntry;
import org.goldenthread.store.MeasurementRepository;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.store.StoredMeasurement;
import org.goldenthread.store.TargetRepository;
import org.goldenthread.update.Check;
import org.goldenthread.update.Participant;
import org.goldenthread.update.Refusal;
import org.goldenthread.update.StepRequest;
import org.goldenthread.update.UpdateAction;
import org.goldenthread.update.UpdateState;
import org.goldenthread.update.UpdateWorkflow;

/**
 * Takes one step of a period's quarterly update (CYC-01) for a caller, if the workflow's checks allow it; a refusal
 * names the check that failed. The REST resource and the workbench's sample council both take steps through here.
 */
public final class QuarterlyUpdates implements UpdateStepTaker {
    private static final Requirement NOT_REQUIRED = new Requirement(false, "not required for this step");
    /** Reads every figure, as the performance team does, to judge whether a plan is needed. */
    private static final Caller PLAN_READER = new Caller("golden-thread.action-plans", Set.of(Role.PERFORMANCE_TEAM));

    private final KpiLookup lookup;
    private final TargetRepository targets;
    private final MeasurementRepository measurements;
    private final ActionPlanStore plans;
    private final Repositories store;
    private final ExceptionCheck exceptions = new ExceptionCheck(ExceptionRules.STANDARD);

    public QuarterlyUpdates(Repositories store) {
        this.store = store;
        this.lookup = new KpiLookup(store.kpis(), store.measurements());
        this.targets = store.targets();
        this.measurements = store.measurements();
        this.plans = store.actionPlans();
    }

    /**
     * Takes the step the body names, made to {@code version} of the period's update; answers the period's row. The
     * council's settings in force at the time decide the rules.
     */
    @Override
    public MeasurementRow take(Caller caller, String key, String periodId, StepRequestBody body, int version) {
        Step step = step(caller, key, periodId, body);
        Judgement judgement = checked(step, body, version);
        KpiDefinition kpi = step.kpi();
        FinancialPeriod period = step.period();
        UpdateAction action = step.action();
        String text = judgement.text();
        Optional<FigureEntry> entry = switch (action) {
            case SUBMIT -> Optional.of(new FigureEntry(judgement.value(), Optional.empty(), Optional.empty(),
                    quality(body.dataQuality()), text));
            case DATA_NOT_AVAILABLE -> Optional.of(new FigureEntry(Optional.empty(), Optional.empty(),
                    Optional.empty(), DataQuality.CONFIRMED, text));
            default -> Optional.empty();
        };
        measurements.step(kpi, period, action, entry,
                action == UpdateAction.SIGN_OFF ? Optional.of(judgement.status()) : Optional.empty(),
                action == UpdateAction.SUBMIT ? "" : text, version, caller.userKey());
        return row(caller, key, periodId);
    }

    /**
     * Refuses the step as {@link #take} would, naming the check, without taking it: for a host that takes the step
     * its own way, as Jira does through its workflow.
     */
    public void check(Caller caller, String key, String periodId, StepRequestBody body, int version) {
        Step step = step(caller, key, periodId, body);
        checked(step, body, version);
    }

    /** The period's row as the caller sees it now. */
    public MeasurementRow row(Caller caller, String key, String periodId) {
        StoredKpi stored = lookup.kpi(key, caller);
        FinancialPeriod period = KpiResource.period("periodId", periodId, stored.definition()).orElseThrow();
        CouncilSettings settings = store.settings().current().settings();
        return new KpiViews(store.clock(), settings.ratingPolicy())
                .rows(targets.schedule(stored.definition()), lookup.periods(stored), caller).stream()
                .filter(row -> row.periodId().equals(period.id())).findFirst()
                .orElseThrow(() -> ApiException.notFound(key + " has no update for " + period.label()));
    }

    private Judgement checked(Step step, StepRequestBody body, int version) {
        step.forbidden().ifPresent(refusal -> {
            throw refused(List.of(refusal));
        });
        if (step.closed()) {
            throw new ApiException(409, "refused", "period", closedMessage(step.period()));
        }
        if (step.storedVersion() != version) {
            throw new ConflictException(step.kpi().key() + " " + step.period().label(), step.storedVersion(),
                    version);
        }
        Judgement judgement = judge(step, body);
        if (!judgement.refusals().isEmpty()) {
            throw refused(judgement.refusals());
        }
        return judgement;
    }

    /**
     * What would stop the step being taken now, without taking it: every refusal, or none. Jira's workflow asks this
     * before a transition, so its refusals are the ones the API gives.
     */
    public List<Refusal> refusals(Caller caller, String key, String periodId, StepRequestBody body) {
        Step step = step(caller, key, periodId, body);
        if (step.forbidden().isPresent()) {
            return List.of(step.forbidden().get());
        }
        if (step.closed()) {
            return List.of(new Refusal(Check.STATE, closedMessage(step.period())));
        }
        return judge(step, body).refusals();
    }

    /** Whether the caller plays a part that takes the step on the KPI's updates; not on a KPI they cannot see. */
    public boolean mayTake(Caller caller, String key, UpdateAction action) {
        try {
            KpiDefinition kpi = lookup.kpi(key, caller).definition();
            return new UpdateWorkflow(store.settings().current().settings().separationOfDuties())
                    .permission(action, Participants.of(caller, kpi)).isEmpty();
        } catch (ApiException e) {
            return false;
        }
    }

    /**
     * Whether the period's update, not yet signed off, needs a linked action plan before sign-off (ACT-01) and the KPI
     * has no open one, by the figure stored for it now.
     */
    public boolean needsActionPlan(String key, String periodId) {
        StoredKpi stored = lookup.kpi(key, PLAN_READER);
        KpiDefinition kpi = stored.definition();
        FinancialPeriod period = KpiResource.period("periodId", periodId, kpi).orElseThrow();
        UpdateState state = lookup.periods(stored).stream().filter(row -> row.period().equals(period)).findFirst()
                .map(row -> UpdateState.valueOf(row.updateState())).orElse(UpdateState.AWAITING_DATA);
        if (!UpdateAction.SIGN_OFF.from().contains(state) && !UpdateAction.VERIFY.from().contains(state)
                && !UpdateAction.SUBMIT.from().contains(state)) {
            return false;
        }
        CouncilSettings settings = store.settings().current().settings();
        List<PeriodOutcome> history = new KpiReports(lookup, targets, store.clock(), settings.ratingPolicy(),
                store.periodLocks()).history(targets.schedule(kpi), candidate(lookup.periods(stored), period,
                Optional.empty()), period);
        return settings.actionPlanRule().requirement(history).required() && !hasOpenPlan(kpi);
    }

    /** The version of the period's update as stored now: 0 before it has any. */
    public int version(Caller caller, String key, String periodId) {
        StoredKpi stored = lookup.kpi(key, caller);
        FinancialPeriod period = KpiResource.period("periodId", periodId, stored.definition()).orElseThrow();
        return lookup.periods(stored).stream().filter(row -> row.period().equals(period)).findFirst()
                .map(StoredMeasurement::editVersion).orElse(0);
    }

    /** The step asked for, and what is stored of the update it is taken on. */
    private record Step(CouncilSettings settings, StoredKpi stored, KpiDefinition kpi, FinancialPeriod period,
                        UpdateAction action, Participant participant, Optional<Refusal> forbidden, boolean closed,
                        List<StoredMeasurement> periods, Optional<StoredMeasurement> current, TargetSchedule schedule) {
        int storedVersion() {
            return current.map(StoredMeasurement::editVersion).orElse(0);
        }
    }

    /** The step's refusals, with the status the figure would get and the figure and text taken from the body. */
    private record Judgement(List<Refusal> refusals, StatusAssessment status, Optional<BigDecimal> value,
                             String text) {
    }

    private Step step(Caller caller, String key, String periodId, StepRequestBody body) {
        CouncilSettings settings = store.settings().current().settings();
        StoredKpi stored = lookup.kpi(key, caller);
        KpiDefinition kpi = stored.definition();
        FinancialPeriod period = KpiResource.period("periodId", periodId, kpi).orElseThrow();
        UpdateAction action = UpdateAction.named(body.action()).orElseThrow(() -> ApiException.invalid("action",
                "action must be submit, verify, sign-off, publish, return or no-data, but is '" + body.action() + "'"));
        Participant participant = Participants.of(caller, kpi);
        Optional<Refusal> forbidden = new UpdateWorkflow(settings.separationOfDuties()).permission(action,
                participant);
        List<StoredMeasurement> periods = lookup.periods(stored);
        Optional<StoredMeasurement> current = periods.stream().filter(row -> row.period().equals(period)).findFirst();
        return new Step(settings, stored, kpi, period, action, participant, forbidden,
                store.periodLocks().isClosed(period), periods, current, targets.schedule(kpi));
    }

    private Judgement judge(Step step, StepRequestBody body) {
        KpiDefinition kpi = step.kpi();
        FinancialPeriod period = step.period();
        UpdateAction action = step.action();
        CouncilSettings settings = step.settings();
        KpiReports reports = new KpiReports(lookup, targets, store.clock(), settings.ratingPolicy(),
                store.periodLocks());
        Optional<BigDecimal> value = action == UpdateAction.SUBMIT ? FigureValues.decimal(body.value())
                : Optional.empty();
        String text = action == UpdateAction.SUBMIT ? nonNull(body.commentary())
                : nonNull(body.reason()).isBlank() ? nonNull(body.commentary()) : body.reason();
        Series series = candidate(step.periods(), period, value.map(v -> new Measurement(period, v,
                quality(body.dataQuality()), kpi.definitionVersion())));
        List<PeriodOutcome> history = reports.history(step.schedule(), series, period);
        StatusAssessment status = history.get(history.size() - 1).status();
        List<RaisedException> raised = exceptions.raised(history);
        Requirement commentary = action == UpdateAction.SUBMIT
                ? settings.commentaryRule().requirement(status.status(), raised) : NOT_REQUIRED;
        Requirement actionPlan = action == UpdateAction.SIGN_OFF
                ? settings.actionPlanRule().requirement(history) : NOT_REQUIRED;
        List<Refusal> refusals = new ArrayList<>(new UpdateWorkflow(settings.separationOfDuties()).check(
                new StepRequest(action, step.participant(), step.current()
                        .map(row -> UpdateState.valueOf(row.updateState())).orElse(UpdateState.AWAITING_DATA),
                        step.current().flatMap(StoredMeasurement::submittedBy), value, text, commentary, actionPlan,
                        hasOpenPlan(kpi))));
        value.filter(figure -> !kpi.plausibleRange().contains(figure)).ifPresent(figure -> refusals.add(
                new Refusal(Check.VALUE, "value must lie in the KPI's plausible range (" + kpi.plausibleRange()
                        .describe() + "), but is " + figure.toPlainString())));
        return new Judgement(refusals, status, value, text);
    }

    private static String closedMessage(FinancialPeriod period) {
        return period.label() + " is closed: its updates take no more steps, and a published figure in it is "
                + "corrected by restatement";
    }

    private boolean hasOpenPlan(KpiDefinition kpi) {
        LocalDate today = LocalDate.now(store.clock());
        return plans.forKpi(kpi.key()).stream()
                .anyMatch(plan -> !ActionPlanViews.status(plan.plan(), today).equals("COMPLETE"));
    }

    private static Series candidate(List<StoredMeasurement> periods, FinancialPeriod period,
                                    Optional<Measurement> entered) {
        List<Measurement> figures = new ArrayList<>(periods.stream()
                .filter(row -> !(entered.isPresent() && row.period().equals(period)))
                .flatMap(row -> row.measurement().stream()).toList());
        entered.ifPresent(figures::add);
        return Series.of(figures);
    }

    private static ApiException refused(List<Refusal> refusals) {
        Check first = refusals.get(0).check();
        int status = switch (first) {
            case STATE -> 409;
            case PERMISSION -> 403;
            default -> 400;
        };
        return new ApiException(status, "refused", first.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                refusals.stream().map(Refusal::message).collect(Collectors.joining("; ")));
    }

    private static DataQuality quality(String dataQuality) {
        if (dataQuality == null || dataQuality.isBlank()) {
            return DataQuality.CONFIRMED;
        }
        try {
            return DataQuality.valueOf(dataQuality.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("dataQuality", "dataQuality must be CONFIRMED, PROVISIONAL or ESTIMATED, "
                    + "but is '" + dataQuality + "'");
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
