package org.goldenthread.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A KPI definition, the master copy (the Jira issue is a projection of it). Decimals are canonical strings, as Active
 * Objects has no decimal type; names avoid words reserved on any database Active Objects supports.
 */
@Table("KPI")
public interface KpiEntity extends Entity {

    @NotNull
    @Unique
    @Indexed
    String getKpiKey();

    void setKpiKey(String kpiKey);

    @NotNull
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getDefinitionText();

    void setDefinitionText(String definitionText);

    @StringLength(StringLength.UNLIMITED)
    String getRationale();

    void setRationale(String rationale);

    @StringLength(StringLength.UNLIMITED)
    String getCalculation();

    void setCalculation(String calculation);

    String getDataSource();

    void setDataSource(String dataSource);

    @NotNull
    String getUnit();

    void setUnit(String unit);

    int getDecimalPlaces();

    void setDecimalPlaces(int decimalPlaces);

    @NotNull
    String getPolarity();

    void setPolarity(String polarity);

    @NotNull
    String getFrequency();

    void setFrequency(String frequency);

    @NotNull
    String getReportingLevel();

    void setReportingLevel(String reportingLevel);

    @NotNull
    @Indexed
    String getDirectorate();

    void setDirectorate(String directorate);

    String getService();

    void setService(String service);

    String getPriority();

    void setPriority(String priority);

    String getHealthCategory();

    void setHealthCategory(String healthCategory);

    boolean isPublicKpi();

    void setPublicKpi(boolean publicKpi);

    @NotNull
    String getControlKind();

    void setControlKind(String controlKind);

    boolean isCompliance();

    void setCompliance(boolean compliance);

    /** RELATIVE or ABSOLUTE; empty when the council default applies. */
    String getToleranceKind();

    void setToleranceKind(String toleranceKind);

    String getTolerance();

    void setTolerance(String tolerance);

    String getMinValue();

    void setMinValue(String minValue);

    String getMaxValue();

    void setMaxValue(String maxValue);

    String getBandLow();

    void setBandLow(String bandLow);

    String getBandHigh();

    void setBandHigh(String bandHigh);

    String getBenchmarkCode();

    void setBenchmarkCode(String benchmarkCode);

    @NotNull
    String getLifecycle();

    void setLifecycle(String lifecycle);

    int getDefVersion();

    void setDefVersion(int defVersion);

    @NotNull
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    /** User keys separated by ';'. */
    @StringLength(StringLength.UNLIMITED)
    String getUpdaterKeys();

    void setUpdaterKeys(String updaterKeys);

    String getApproverKey();

    void setApproverKey(String approverKey);

    /** The KPI's labels separated by spaces, as Jira writes labels. */
    @StringLength(StringLength.UNLIMITED)
    String getLabels();

    void setLabels(String labels);

    /** The id of the KPI's Jira issue, once it has one. */
    Long getIssueId();

    void setIssueId(Long issueId);

    /**
     * The row key ({@link MeasurementEntity#getRowKey()}) of the latest period with a figure, kept with the KPI so that
     * a scorecard finds every KPI's latest figure in one query.
     */
    @Indexed
    String getLatestRow();

    void setLatestRow(String latestRow);

    /** The year key ({@link TargetEntity#getYearKey()}) of that latest figure's financial year. */
    @Indexed
    String getLatestYear();

    void setLatestYear(String latestYear);

    /** Goes up with every saved change, so that a change made against an older copy is refused. */
    int getEditVersion();

    void setEditVersion(int editVersion);
}
