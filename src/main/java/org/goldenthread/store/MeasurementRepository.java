package org.goldenthread.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.status.Status;
import org.goldenthread.status.StatusAssessment;
import org.goldenthread.update.UpdateAction;

/** A KPI's figures, one row per period; every change is audited and made against the version the user saw. */
public interface MeasurementRepository {
    Optional<StoredMeasurement> find(KpiDefinition kpi, FinancialPeriod period);

    /** Every period's row for the KPI, in period order. */
    List<StoredMeasurement> series(KpiDefinition kpi);

    /**
     * Saves what was entered for the period, made to {@code editVersion} of its row (0 when it has none yet), or
     * refuses it with a {@link ConflictException}.
     */
    StoredMeasurement enter(KpiDefinition kpi, FinancialPeriod period, FigureEntry entry, int editVersion,
                            String userKey);

    /**
     * Takes a step of the period's update, made to {@code editVersion} of its row: saves the figure given with it,
     * moves the state on, records who took the step and when (and, at sign-off, the status), and audits the move with
     * its reason. The workflow's checks are the caller's; this refuses only a stale version.
     */
    StoredMeasurement step(KpiDefinition kpi, FinancialPeriod period, UpdateAction action, Optional<FigureEntry> entry,
                           Optional<StatusAssessment> status, String reason, int editVersion, String userKey);

    /**
     * Restates the period's published figure, made to {@code editVersion} of its row: keeps the figure as first
     * published (and the status recorded for it), saves the new figure, records {@code status} in place of a status
     * recorded at sign-off, and audits the restatement with its reason. Whether the figure may be restated is the
     * caller's check; this refuses only a stale version or a figure outside the KPI's plausible range.
     */
    StoredMeasurement restate(KpiDefinition kpi, FinancialPeriod period, BigDecimal value, StatusAssessment status,
                              String reason, int editVersion, String userKey);

    /**
     * Sets the period's status to {@code status} in place of {@code computed}, the status worked out, made to
     * {@code editVersion} of its row, and audits it with its reason.
     */
    StoredMeasurement override(KpiDefinition kpi, FinancialPeriod period, Status status, Status computed,
                               String reason, int editVersion, String userKey);

    /** Removes the period's status override, made to {@code editVersion} of its row, auditing it with its reason. */
    StoredMeasurement removeOverride(KpiDefinition kpi, FinancialPeriod period, Status computed, String reason,
                                     int editVersion, String userKey);

    /** Keeps the status worked out for the period (at sign-off) with the rule version that produced it. */
    void recordStatus(KpiDefinition kpi, FinancialPeriod period, StatusAssessment assessment);
}
