package org.goldenthread.contract;

/** One audit event: what changed, for which period (null for the KPI itself), who, when, and old and new values. */
public record AuditEntry(String periodId, String subject, String user, String occurred, String oldValue,
                         String newValue) {
}
