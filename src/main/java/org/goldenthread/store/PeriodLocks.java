package org.goldenthread.store;

import java.time.Instant;
import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;

/**
 * Closed periods (CYC-01: published is locked for the cycle). Once the performance team closes a period, its updates
 * take no more steps and imports write no figures for it; a published figure is corrected by restatement. Closing and
 * reopening are audited.
 */
public interface PeriodLocks {
    /** The audit trail's key for closing and reopening periods, which no KPI key can be. */
    String AUDIT_KEY = "(periods)";

    /** Who closed the period and when. */
    record Lock(FinancialPeriod period, String lockedBy, Instant lockedAt) {
    }

    Optional<Lock> find(FinancialPeriod period);

    default boolean isClosed(FinancialPeriod period) {
        return find(period).isPresent();
    }

    /** Closes the period; closing a closed period is refused with a {@link ConflictException}. */
    Lock close(FinancialPeriod period, String userKey);

    /** Reopens a closed period, with why; answers false if it was not closed. */
    boolean reopen(FinancialPeriod period, String reason, String userKey);
}
