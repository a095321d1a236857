package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.InvalidFieldsException;

/** Closed periods in Active Objects; the unique period id lets only one node close a period. */
public final class AoPeriodLocks implements PeriodLocks {
    private final ActiveObjects ao;
    private final AoAuditTrail audit;
    private final EditClaims claims;
    private final Clock clock;

    public AoPeriodLocks(ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.audit = new AoAuditTrail(ao);
        this.claims = new EditClaims(ao);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<Lock> find(FinancialPeriod period) {
        return row(period).map(row -> new Lock(period, row.getLockedBy(), row.getLockedAt().toInstant()));
    }

    @Override
    public Lock close(FinancialPeriod period, String userKey) {
        return ao.executeInTransaction(() -> {
            int closings = closings(period);
            claims.claim(record(period), closings + 1, () -> new ConflictException(record(period), closings + 1,
                    closings));
            if (row(period).isPresent()) {
                throw new ConflictException(record(period), closings + 1, closings);
            }
            ao.create(PeriodLockEntity.class, Map.of("PERIOD_ID", period.id(), "LOCKED_BY", userKey,
                    "LOCKED_AT", Date.from(clock.instant())));
            audit.append(new AuditEvent(AUDIT_KEY, Optional.of(period.id()), "period closed", userKey,
                    clock.instant(), Optional.of("open"), Optional.of("closed")));
            return find(period).orElseThrow();
        });
    }

    @Override
    public boolean reopen(FinancialPeriod period, String reason, String userKey) {
        if (reason == null || reason.isBlank()) {
            throw InvalidFieldsException.of("Cannot reopen " + period.label(), "reason", "is required: why the "
                    + "closed period's updates need to move again");
        }
        return ao.executeInTransaction(() -> {
            Optional<PeriodLockEntity> row = row(period);
            if (row.isEmpty()) {
                return false;
            }
            ao.delete(row.get());
            audit.append(new AuditEvent(AUDIT_KEY, Optional.of(period.id()), "period reopened", userKey,
                    clock.instant(), Optional.of("closed"), Optional.of("open: " + reason.strip())));
            return true;
        });
    }

    /** How many times the period has been closed before, so that each closing claims its own version. */
    private int closings(FinancialPeriod period) {
        return ao.count(AuditEventEntity.class, "KPI_KEY = ? AND PERIOD_ID = ? AND SUBJECT = ?", AUDIT_KEY,
                period.id(), "period closed");
    }

    private Optional<PeriodLockEntity> row(FinancialPeriod period) {
        PeriodLockEntity[] rows = ao.find(PeriodLockEntity.class, "PERIOD_ID = ?", period.id());
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static String record(FinancialPeriod period) {
        return "Closing of " + period.label();
    }
}
