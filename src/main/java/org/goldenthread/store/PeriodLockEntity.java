package org.goldenthread.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A closed period: its figures change only by restatement until it is reopened. */
@Table("PERIOD_LOCK")
public interface PeriodLockEntity extends Entity {

    /** The period's id, e.g. {@code 2025-26-Q2}: one lock per period, enforced. */
    @NotNull
    @Unique
    String getPeriodId();

    void setPeriodId(String periodId);

    @NotNull
    String getLockedBy();

    void setLockedBy(String lockedBy);

    @NotNull
    Date getLockedAt();

    void setLockedAt(Date lockedAt);
}
