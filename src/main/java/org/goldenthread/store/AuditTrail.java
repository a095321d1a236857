package org.goldenthread.store;

import java.util.List;

/** The append-only record of every change to a KPI's data (CYC-08): read a page at a time, newest first. */
public interface AuditTrail {
    int MAX_PAGE = 500;

    List<AuditEvent> page(String kpiKey, int offset, int limit);

    int count(String kpiKey);

    /** The newest events, up to {@link #MAX_PAGE}, under the key about one period. */
    List<AuditEvent> forPeriod(String kpiKey, String periodId);
}
