package org.goldenthread.rest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.goldenthread.contract.DirectionView;
import org.goldenthread.contract.KpiDetail;
import org.goldenthread.contract.KpiSummary;
import org.goldenthread.contract.MeasurementRow;
import org.goldenthread.contract.OverrideView;
import org.goldenthread.contract.PeriodStatusView;
import org.goldenthread.contract.RestatementView;
import org.goldenthread.contract.StatusView;
import org.goldenthread.contract.TargetView;
import org.goldenthread.contract.ThresholdsView;
import org.goldenthread.measure.Band;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Measurement;
import org.goldenthread.measure.Series;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.TargetInForce;
import org.goldenthread.measure.TargetSchedule;
import org.goldenthread.measure.TargetValue;
import org.goldenthread.status.ChangeMargin;
import org.goldenthread.status.DirectionOfTravel;
import org.goldenthread.status.RatingPolicy;
import org.goldenthread.status.RatingRequest;
import org.goldenthread.status.Status;
import org.goldenthread.status.StatusAssessment;
import org.goldenthread.status.StatusRules;
import org.goldenthread.status.Thresholds;
import org.goldenthread.status.Travel;
import org.goldenthread.store.RecordedStatus;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.store.StatusOverride;
import org.goldenthread.store.StoredMeasurement;

/**
 * Builds the API's views of a KPI and its series. A status recorded at sign-off is shown as recorded; any other
 * period's status is worked out now, by the same rules. A status the performance team overrode is shown as overridden,
 * with the status worked out beside it, and a restated figure with its restatement.
 */
final class KpiViews {
    private final StatusRules rules;
    private final DirectionOfTravel travel = new DirectionOfTravel(ChangeMargin.EXACT);
    private final Clock clock;

    KpiViews(Clock clock, RatingPolicy policy) {
        this.clock = clock;
        this.rules = new StatusRules(policy);
    }

    static KpiSummary summary(KpiDefinition kpi) {
        return new KpiSummary(kpi.key(), kpi.title(), kpi.directorate(), kpi.level().name(), kpi.unit().name(),
                kpi.polarity().name(), kpi.frequency().name(), kpi.owner(), kpi.isPublic(), kpi.labels());
    }

    KpiDetail detail(StoredKpi stored, TargetSchedule targets, Optional<StoredMeasurement> latest, Caller caller) {
        KpiDefinition kpi = stored.definition();
        Optional<FinancialPeriod> period = latest.map(StoredMeasurement::period);
        TargetView target = period.flatMap(targets::targetFor).map(inForce -> target(kpi, inForce)).orElse(null);
        StatusView status = latest.filter(figure -> FigureRelease.visible(caller, kpi, figure.updateState()))
                .map(figure -> status(targets, figure)).orElse(null);
        return new KpiDetail(kpi.key(), kpi.title(), kpi.definition(), kpi.rationale(), kpi.calculation(),
                kpi.dataSource(), kpi.directorate(), kpi.service(), kpi.priority(), kpi.level().name(),
                kpi.unit().name(), kpi.decimals(), kpi.polarity().name(), kpi.frequency().name(),
                kpi.control().name(), kpi.compliance(), kpi.isPublic(),
                kpi.corporateHealth().map(Enum::name).orElse(null),
                kpi.tolerance().map(tolerance -> tolerance.kind().name()).orElse(null),
                kpi.tolerance().map(tolerance -> tolerance.amount().toPlainString()).orElse(null),
                plain(kpi.plausibleRange().min()), plain(kpi.plausibleRange().max()),
                kpi.benchmarkIndicator().orElse(null), kpi.lifecycle().name(), kpi.definitionVersion(), kpi.owner(),
                kpi.updaters(), kpi.approver().orElse(null), stored.editVersion(),
                period.map(FinancialPeriod::id).orElse(null), target, status, kpi.labels());
    }

    /** One row per stored period; figures the caller may not yet see are left out of their rows. */
    List<MeasurementRow> rows(TargetSchedule targets, List<StoredMeasurement> stored, Caller caller) {
        KpiDefinition kpi = targets.kpi();
        List<StoredMeasurement> released = stored.stream()
                .filter(figure -> FigureRelease.visible(caller, kpi, figure.updateState())).toList();
        Series series = Series.of(released.stream().flatMap(figure -> figure.measurement().stream()).toList());
        return stored.stream().map(figure -> released.contains(figure)
                ? row(targets, series, figure) : withheld(targets, figure)).toList();
    }

    private MeasurementRow row(TargetSchedule targets, Series series, StoredMeasurement figure) {
        KpiDefinition kpi = targets.kpi();
        PeriodStatusView status = status(targets, figure.period(), Optional.of(figure));
        Travel direction = travel.travel(targets, series, figure.period());
        return new MeasurementRow(figure.period().id(), figure.period().label(),
                figure.value().map(BigDecimal::toPlainString).orElse(null),
                figure.value().map(value -> kpi.unit().format(value, kpi.decimals())).orElse(null),
                targetDisplay(targets, figure.period()), status.status(), status.explanation(),
                new DirectionView(direction.previous().direction().name(), direction.lastYear().direction().name()),
                figure.dataQuality().name(), figure.entry().commentary(), figure.updateState(),
                figure.editVersion(), status.restated(), status.override());
    }

    private static MeasurementRow withheld(TargetSchedule targets, StoredMeasurement figure) {
        return new MeasurementRow(figure.period().id(), figure.period().label(), null, null,
                targetDisplay(targets, figure.period()), null, null, null, null, null, figure.updateState(),
                figure.editVersion(), null, null);
    }

    private StatusView status(TargetSchedule targets, StoredMeasurement figure) {
        PeriodStatusView status = status(targets, figure.period(), Optional.of(figure));
        return new StatusView(status.status(), status.label(), status.ruleVersion(), status.explanation(),
                status.override());
    }

    /**
     * The period's status as shown: the performance team's override if there is one, saying what was worked out;
     * otherwise the status worked out. A restated figure's status comes with its restatement.
     */
    PeriodStatusView status(TargetSchedule targets, FinancialPeriod period, Optional<StoredMeasurement> figure) {
        PeriodStatusView worked = workedOut(targets, period, figure);
        RestatementView restated = figure.flatMap(StoredMeasurement::restatement)
                .map(restatement -> CorrectionViews.restated(targets.kpi(), restatement, clock.getZone()))
                .orElse(null);
        Optional<StatusOverride> override = figure.flatMap(StoredMeasurement::override);
        if (override.isEmpty()) {
            return new PeriodStatusView(worked.kpi(), worked.periodId(), worked.period(), worked.status(),
                    worked.label(), worked.ruleVersion(), worked.explanation(), worked.recorded(), worked.thresholds(),
                    null, restated);
        }
        OverrideView overridden = CorrectionViews.override(override.get(), Status.valueOf(worked.status()));
        return new PeriodStatusView(worked.kpi(), worked.periodId(), worked.period(), overridden.status(),
                overridden.label(), worked.ruleVersion(), overridden.text() + ". " + worked.explanation(),
                worked.recorded(), worked.thresholds(), overridden, restated);
    }

    /** The status worked out for the period, under any override: as recorded at sign-off, or worked out now. */
    Status computed(TargetSchedule targets, FinancialPeriod period, Optional<StoredMeasurement> figure) {
        return Status.valueOf(workedOut(targets, period, figure).status());
    }

    /** The status recorded at sign-off if there is one; otherwise worked out now, with its thresholds. */
    private PeriodStatusView workedOut(TargetSchedule targets, FinancialPeriod period,
                                       Optional<StoredMeasurement> figure) {
        String key = targets.kpi().key();
        Optional<RecordedStatus> recorded = figure.flatMap(StoredMeasurement::status);
        if (recorded.isPresent()) {
            return new PeriodStatusView(key, period.id(), period.label(), recorded.get().status().name(),
                    recorded.get().status().label(), recorded.get().ruleVersion(), recorded.get().explanation(), true,
                    null, null, null);
        }
        StatusAssessment assessment = assess(targets, period, figure.flatMap(StoredMeasurement::measurement));
        return new PeriodStatusView(key, period.id(), period.label(), assessment.status().name(),
                assessment.status().label(), assessment.ruleVersion(), assessment.explanation(), false,
                assessment.thresholds().map(KpiViews::thresholds).orElse(null), null, null);
    }

    /** The status the rules give the figure today. */
    StatusAssessment assess(TargetSchedule targets, FinancialPeriod period, Optional<Measurement> figure) {
        return rules.assess(RatingRequest.of(targets, period, figure, LocalDate.now(clock)));
    }

    private static ThresholdsView thresholds(Thresholds thresholds) {
        return new ThresholdsView(plain(thresholds.green().lower()), plain(thresholds.green().upper()),
                plain(thresholds.amber().lower()), plain(thresholds.amber().upper()));
    }

    static String targetDisplay(TargetSchedule targets, FinancialPeriod period) {
        KpiDefinition kpi = targets.kpi();
        return targets.targetFor(period).map(inForce -> format(kpi, inForce.target())).orElse(null);
    }

    private static TargetView target(KpiDefinition kpi, TargetInForce inForce) {
        Target target = inForce.target();
        return new TargetView(target instanceof TargetValue value ? value.value().toPlainString() : null,
                target instanceof Band band ? band.lower().toPlainString() : null,
                target instanceof Band band ? band.upper().toPlainString() : null,
                format(kpi, target), inForce.source().name(),
                inForce.original().map(original -> format(kpi, original)).orElse(null));
    }

    static String format(KpiDefinition kpi, Target target) {
        return target instanceof Band band ? band.format(kpi.unit(), kpi.decimals())
                : ((TargetValue) target).format(kpi.unit(), kpi.decimals());
    }

    private static String plain(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse(null);
    }
}
