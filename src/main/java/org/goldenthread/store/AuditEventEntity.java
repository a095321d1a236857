package org.goldenthread.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One change to KPI data: who made it (the user key, so a rename or anonymisation is honoured), when, to what, and
 * the value before and after. Rows are only ever appended.
 */
@Table("AUDIT")
public interface AuditEventEntity extends Entity {

    @NotNull
    @Indexed
    String getKpiKey();

    void setKpiKey(String kpiKey);

    /** The financial period the change concerns, e.g. {@code 2025-26-Q2}; empty for changes to the KPI itself. */
    String getPeriodId();

    void setPeriodId(String periodId);

    /** What changed: value, target, definition, status override or commentary. */
    @NotNull
    String getSubject();

    void setSubject(String subject);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Indexed
    Date getOccurred();

    void setOccurred(Date occurred);

    @StringLength(StringLength.UNLIMITED)
    String getOldValue();

    void setOldValue(String oldValue);

    @StringLength(StringLength.UNLIMITED)
    String getNewValue();

    void setNewValue(String newValue);
}
