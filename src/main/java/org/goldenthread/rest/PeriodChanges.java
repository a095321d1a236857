package org.goldenthread.rest;

import java.util.List;
import java.util.Optional;
import org.goldenthread.contract.MeasurementRow;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.store.ConflictException;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.store.StoredMeasurement;
import org.goldenthread.store.TargetRepository;

/**
 * What every controlled change to a period's figure or status asks first: a reason, the version the change is made to
 * (a stale one is a 409), and the period's row; and what it answers, the period's row as the caller now sees it.
 */
final class PeriodChanges {
    private final KpiLookup lookup;
    private final TargetRepository targets;
    private final KpiViews views;

    PeriodChanges(Repositories store) {
        this.lookup = new KpiLookup(store.kpis(), store.measurements());
        this.targets = store.targets();
        this.views = new KpiViews(store.clock(), store.settings().current().settings().ratingPolicy());
    }

    KpiLookup lookup() {
        return lookup;
    }

    KpiViews views() {
        return views;
    }

    TargetRepository targets() {
        return targets;
    }

    static String reason(String reason, String why) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("reason", "reason is required: " + why);
        }
        return reason.strip();
    }

    static int version(Integer version) {
        if (version == null) {
            throw ApiException.invalid("version", "version is required: the period's version as you last saw it");
        }
        return version;
    }

    static int version(String version) {
        if (version == null || version.isBlank()) {
            return version((Integer) null);
        }
        try {
            return Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("version", "version must be a whole number, but is '" + version + "'");
        }
    }

    /** The period's row, made to {@code version}; a 409 if it has moved on, or if there is none. */
    Optional<StoredMeasurement> current(StoredKpi kpi, FinancialPeriod period, int version) {
        Optional<StoredMeasurement> row = lookup.periods(kpi).stream()
                .filter(figure -> figure.period().equals(period)).findFirst();
        int stored = row.map(StoredMeasurement::editVersion).orElse(0);
        if (stored != version) {
            throw new ConflictException(kpi.definition().key() + " " + period.label(), stored, version);
        }
        return row;
    }

    /** A refusal naming the rule the period's state breaks, as the quarterly update refuses a step. */
    static ApiException refused(String rule, String message) {
        return new ApiException(409, "refused", rule, message);
    }

    MeasurementRow row(StoredKpi stored, FinancialPeriod period, Caller caller) {
        KpiDefinition kpi = stored.definition();
        List<MeasurementRow> rows = views.rows(targets.schedule(kpi), lookup.periods(stored), caller);
        return rows.stream().filter(row -> row.periodId().equals(period.id())).findFirst().orElseThrow();
    }
}
