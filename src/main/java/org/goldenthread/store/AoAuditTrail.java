package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** The audit trail in Active Objects. Rows are only ever inserted: nothing here updates or deletes one. */
public final class AoAuditTrail implements AuditTrail {
    private final ActiveObjects ao;

    public AoAuditTrail(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    /** Appends one change; callers do this inside the transaction that makes the change. */
    void append(AuditEvent event) {
        ao.create(AuditEventEntity.class,
                new DBParam("KPI_KEY", event.kpiKey()),
                new DBParam("PERIOD_ID", event.periodId().orElse(null)),
                new DBParam("SUBJECT", event.subject()),
                new DBParam("USER_KEY", event.userKey()),
                new DBParam("OCCURRED", Date.from(event.occurred())),
                new DBParam("OLD_VALUE", event.oldValue().orElse(null)),
                new DBParam("NEW_VALUE", event.newValue().orElse(null)));
    }

    @Override
    public List<AuditEvent> page(String kpiKey, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("a page starts at 0 or later and holds 1 to " + MAX_PAGE
                    + " events, but offset is " + offset + " and limit " + limit);
        }
        AuditEventEntity[] rows = ao.find(AuditEventEntity.class, Query.select().where("KPI_KEY = ?", kpiKey)
                .order("OCCURRED DESC, ID DESC").offset(offset).limit(limit));
        return Arrays.stream(rows).map(AoAuditTrail::event).toList();
    }

    @Override
    public List<AuditEvent> forPeriod(String kpiKey, String periodId) {
        AuditEventEntity[] rows = ao.find(AuditEventEntity.class, Query.select()
                .where("KPI_KEY = ? AND PERIOD_ID = ?", kpiKey, periodId).order("OCCURRED DESC, ID DESC")
                .limit(MAX_PAGE));
        return Arrays.stream(rows).map(AoAuditTrail::event).toList();
    }

    @Override
    public int count(String kpiKey) {
        return ao.count(AuditEventEntity.class, "KPI_KEY = ?", kpiKey);
    }

    private static AuditEvent event(AuditEventEntity row) {
        return new AuditEvent(row.getKpiKey(), Optional.ofNullable(row.getPeriodId()), row.getSubject(),
                row.getUserKey(), Instant.ofEpochMilli(row.getOccurred().getTime()),
                Optional.ofNullable(row.getOldValue()), Optional.ofNullable(row.getNewValue()));
    }
}
