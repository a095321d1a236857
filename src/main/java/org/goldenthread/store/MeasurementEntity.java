package org.goldenthread.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A KPI's figure for one period with its commentary, data quality, update state and who did each step, and the status
 * worked out at sign-off with the rule version that produced it. A restated figure keeps the one first published
 * beside it; a status override keeps the worked-out status underneath it.
 */
@Table("MEASUREMENT")
public interface MeasurementEntity extends Entity {

    @NotNull
    @Indexed
    String getKpiKey();

    void setKpiKey(String kpiKey);

    /** The period's id, e.g. {@code 2025-26-Q2}. */
    @NotNull
    @Indexed
    String getPeriodId();

    void setPeriodId(String periodId);

    /** The KPI key and period id together ({@code WST-01 2025-26-Q2}): one row per KPI and period, enforced. */
    @NotNull
    @Unique
    String getRowKey();

    void setRowKey(String rowKey);

    /** Whether this is its KPI's latest figure, so a scorecard finds the latest figures through an index. */
    @NotNull
    @Default("false")
    @Indexed
    boolean isLatestFigure();

    void setLatestFigure(boolean latestFigure);

    /** Exact, as a canonical decimal string; empty until a figure is entered. */
    String getFigure();

    void setFigure(String figure);

    String getNumerator();

    void setNumerator(String numerator);

    String getDenominator();

    void setDenominator(String denominator);

    String getDataQuality();

    void setDataQuality(String dataQuality);

    @StringLength(StringLength.UNLIMITED)
    String getCommentary();

    void setCommentary(String commentary);

    @NotNull
    String getUpdateState();

    void setUpdateState(String updateState);

    int getDefVersion();

    void setDefVersion(int defVersion);

    String getSubmittedBy();

    void setSubmittedBy(String submittedBy);

    Date getSubmittedAt();

    void setSubmittedAt(Date submittedAt);

    String getVerifiedBy();

    void setVerifiedBy(String verifiedBy);

    Date getVerifiedAt();

    void setVerifiedAt(Date verifiedAt);

    String getSignedOffBy();

    void setSignedOffBy(String signedOffBy);

    Date getSignedOffAt();

    void setSignedOffAt(Date signedOffAt);

    String getPublishedBy();

    void setPublishedBy(String publishedBy);

    Date getPublishedAt();

    void setPublishedAt(Date publishedAt);

    String getStatus();

    void setStatus(String status);

    String getRuleVersion();

    void setRuleVersion(String ruleVersion);

    @StringLength(StringLength.UNLIMITED)
    String getExplanation();

    void setExplanation(String explanation);

    /** The figure as first published, kept when it is restated; empty for a figure never restated. */
    String getPublishedFigure();

    void setPublishedFigure(String publishedFigure);

    /** The status recorded at sign-off for the published figure, kept when a restatement records a new one. */
    String getPublishedStatus();

    void setPublishedStatus(String publishedStatus);

    String getPublishedRuleVersion();

    void setPublishedRuleVersion(String publishedRuleVersion);

    @StringLength(StringLength.UNLIMITED)
    String getPublishedExplanation();

    void setPublishedExplanation(String publishedExplanation);

    String getRestatedBy();

    void setRestatedBy(String restatedBy);

    Date getRestatedAt();

    void setRestatedAt(Date restatedAt);

    @StringLength(StringLength.UNLIMITED)
    String getRestateReason();

    void setRestateReason(String restateReason);

    /** The status the performance team set in place of the one worked out; empty when there is no override. */
    String getOverrideStatus();

    void setOverrideStatus(String overrideStatus);

    @StringLength(StringLength.UNLIMITED)
    String getOverrideReason();

    void setOverrideReason(String overrideReason);

    String getOverriddenBy();

    void setOverriddenBy(String overriddenBy);

    Date getOverriddenAt();

    void setOverriddenAt(Date overriddenAt);

    /** Goes up with every saved change, so that a change made against an older copy is refused. */
    int getEditVersion();

    void setEditVersion(int editVersion);
}
