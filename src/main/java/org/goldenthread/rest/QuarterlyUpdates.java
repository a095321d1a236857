package org.goldenthread.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
public final class QuarterlyUpdates {
    private static final Requirement NOT_REQUIRED = new Requirement(false, "not required for this step");

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
    public MeasurementRow take(Caller caller, String key, String periodId, StepRequestBody body, int version) {
        CouncilSettings settings = store.settings().current().settings();
        KpiReports reports = new KpiReports(lookup, targets, store.clock(), settings.ratingPolicy(),
                store.periodLocks());
        KpiViews views = new KpiViews(store.clock(), settings.ratingPolicy());
        UpdateWorkflow workflow = new UpdateWorkflow(settings.separationOfDuties());
        StoredKpi stored = lookup.kpi(key, caller);
        KpiDefinition kpi = stored.definition();
        FinancialPeriod period = KpiResource.period("periodId", periodId, kpi).orElseThrow();
        UpdateAction action = UpdateAction.named(body.action()).orElseThrow(() -> ApiException.invalid("action",
                "action must be submit, verify, sign-off, publish, return or no-data, but is '" + body.action() + "'"));
        Participant participant = Participants.of(caller, kpi);
        workflow.permission(action, participant).ifPresent(refusal -> {
            throw refused(List.of(refusal));
        });
        if (store.periodLocks().isClosed(period)) {
            throw new ApiException(409, "refused", "period", period.label() + " is closed: its updates take no "
                    + "more steps, and a published figure in it is corrected by restatement");
        }
        List<StoredMeasurement> periods = lookup.periods(stored);
        Optional<StoredMeasurement> current = periods.stream().filter(row -> row.period().equals(period)).findFirst();
        int storedVersion = current.map(StoredMeasurement::editVersion).orElse(0);
        if (storedVersion != version) {
            throw new ConflictException(kpi.key() + " " + period.label(), storedVersion, version);
        }
        Optional<BigDecimal> value = action == UpdateAction.SUBMIT ? FigureValues.decimal(body.value())
                : Optional.empty();
        String text = action == UpdateAction.SUBMIT ? nonNull(body.commentary())
                : nonNull(body.reason()).isBlank() ? nonNull(body.commentary()) : body.reason();
        TargetSchedule schedule = targets.schedule(kpi);
        Series series = candidate(periods, period, value.map(v -> new Measurement(period, v,
                quality(body.dataQuality()), kpi.definitionVersion())));
        List<PeriodOutcome> history = reports.history(schedule, series, period);
        StatusAssessment status = history.get(history.size() - 1).status();
        List<RaisedException> raised = exceptions.raised(history);
        Requirement commentary = action == UpdateAction.SUBMIT
                ? settings.commentaryRule().requirement(status.status(), raised) : NOT_REQUIRED;
        Requirement actionPlan = action == UpdateAction.SIGN_OFF
                ? settings.actionPlanRule().requirement(history) : NOT_REQUIRED;
        List<Refusal> refusals = workflow.check(new StepRequest(action, participant,
                current.map(row -> UpdateState.valueOf(row.updateState())).orElse(UpdateState.AWAITING_DATA),
                current.flatMap(StoredMeasurement::submittedBy), value, text, commentary, actionPlan,
                hasOpenPlan(kpi)));
        if (!refusals.isEmpty()) {
            throw refused(refusals);
        }
        Optional<FigureEntry> entry = switch (action) {
            case SUBMIT -> Optional.of(new FigureEntry(value, Optional.empty(), Optional.empty(),
                    quality(body.dataQuality()), text));
            case DATA_NOT_AVAILABLE -> Optional.of(new FigureEntry(Optional.empty(), Optional.empty(),
                    Optional.empty(), DataQuality.CONFIRMED, text));
            default -> Optional.empty();
        };
        measurements.step(kpi, period, action, entry,
                action == UpdateAction.SIGN_OFF ? Optional.of(status) : Optional.empty(),
                action == UpdateAction.SUBMIT ? "" : text, version, caller.userKey());
        return views.rows(schedule, lookup.periods(stored), caller).stream()
                .filter(row -> row.periodId().equals(period.id())).findFirst().orElseThrow();
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
