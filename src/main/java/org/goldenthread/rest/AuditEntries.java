package org.goldenthread.rest;

import org.goldenthread.contract.AuditEntry;
import org.goldenthread.store.AuditEvent;

/** An audit event as the API shows it. */
final class AuditEntries {
    private AuditEntries() {
    }

    static AuditEntry entry(AuditEvent event) {
        return new AuditEntry(event.periodId().orElse(null), event.subject(), event.userKey(),
                event.occurred().toString(), event.oldValue().orElse(null), event.newValue().orElse(null));
    }
}
