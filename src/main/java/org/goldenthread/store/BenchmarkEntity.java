package org.goldenthread.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One authority's figure for a benchmark indicator in a period, as a canonical decimal string. */
@Table("BENCHMARK")
public interface BenchmarkEntity extends Entity {

    @NotNull
    @Indexed
    String getIndicatorCode();

    void setIndicatorCode(String indicatorCode);

    @NotNull
    String getPeriodId();

    void setPeriodId(String periodId);

    /** The period's frequency, which reads ids such as 2011-12 (a year, or December 2011) one way. */
    @NotNull
    String getFrequency();

    void setFrequency(String frequency);

    @NotNull
    String getAuthority();

    void setAuthority(String authority);

    String getComparatorGroup();

    void setComparatorGroup(String comparatorGroup);

    @NotNull
    String getBenchValue();

    void setBenchValue(String benchValue);

    String getSource();

    void setSource(String source);

    /** A digest of indicator, period, authority and comparator group together: one figure for each. */
    @NotNull
    @Unique
    String getRowKey();

    void setRowKey(String rowKey);
}
