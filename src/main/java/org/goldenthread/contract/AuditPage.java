package org.goldenthread.contract;

import java.util.List;

/** A page of a KPI's audit log, newest first, with the page number, its size and the total number of events. */
public record AuditPage(int page, int pageSize, int total, List<AuditEntry> events) {
}
