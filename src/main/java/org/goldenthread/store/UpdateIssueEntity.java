package org.goldenthread.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A KPI's update issue for a period, claimed before the issue is made, so that it is made once only: a claim
 * without an issue id is one whose making was cut short.
 */
@Table("UPDATE_ISSUE")
public interface UpdateIssueEntity extends Entity {

    /** The KPI key and period id together ({@code WST-01 2025-26-Q2}): one claim per KPI and period, enforced. */
    @NotNull
    @Unique
    String getClaimKey();

    void setClaimKey(String claimKey);

    @NotNull
    String getKpiKey();

    void setKpiKey(String kpiKey);

    @NotNull
    String getPeriodId();

    void setPeriodId(String periodId);

    Long getIssueId();

    void setIssueId(Long issueId);

    @NotNull
    Date getClaimedAt();

    void setClaimedAt(Date claimedAt);
}
