package org.goldenthread.contract;

import java.util.List;

/**
 * Where a period's updates stand for the performance team closing it: of the {@code kpis} reported at its frequency,
 * how many are {@code outstanding} (awaiting data, submitted or verified), {@code overdue} (outstanding after the
 * {@code dueDate}), {@code readyToPublish} (signed off), {@code published} and {@code noData}; the keys of those
 * {@code inProgress} (submitted, verified or signed off), which keep it from closing; whether, by whom and when it
 * was closed; and each closing and reopening, newest first.
 */
public record PeriodCloseView(String periodId, String period, String dueDate, int kpis, int outstanding, int overdue,
                              int readyToPublish, int published, int noData, List<String> inProgress,
                              boolean closed, String closedBy, String closedAt, List<AuditEntry> history) {
}
