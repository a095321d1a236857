package org.goldenthread.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A KPI's target for a financial year (no period), or a profiled target for one period of it: a value, or a band
 * for a band KPI, as canonical decimal strings.
 */
@Table("TARGET")
public interface TargetEntity extends Entity {

    @NotNull
    @Indexed
    String getKpiKey();

    void setKpiKey(String kpiKey);

    /** The financial year's id, e.g. {@code 2025-26}. */
    @NotNull
    String getYearId();

    void setYearId(String yearId);

    /** The KPI key and year id together ({@code WST-01 2025-26}), to join a KPI's latest year in one query. */
    @NotNull
    @Indexed
    String getYearKey();

    void setYearKey(String yearKey);

    /** Empty for the year's own target; the period's id for a profiled one. */
    String getPeriodId();

    void setPeriodId(String periodId);

    String getTargetValue();

    void setTargetValue(String targetValue);

    String getBandLow();

    void setBandLow(String bandLow);

    String getBandHigh();

    void setBandHigh(String bandHigh);
}
