package org.goldenthread.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** An approved mid-year target amendment (TGT-04); the target it amends stays in its own row. */
@Table("AMENDMENT")
public interface AmendmentEntity extends Entity {

    @NotNull
    @Indexed
    String getKpiKey();

    void setKpiKey(String kpiKey);

    @NotNull
    String getEffectiveFrom();

    void setEffectiveFrom(String effectiveFrom);

    String getTargetValue();

    void setTargetValue(String targetValue);

    String getBandLow();

    void setBandLow(String bandLow);

    String getBandHigh();

    void setBandHigh(String bandHigh);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    @NotNull
    String getApprovedBy();

    void setApprovedBy(String approvedBy);

    @NotNull
    Date getApprovedAt();

    void setApprovedAt(Date approvedAt);
}
