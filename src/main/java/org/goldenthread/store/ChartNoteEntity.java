package org.goldenthread.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A note on a KPI's chart: a rebase of its SPC limits, a ghosted point, or an annotation on its trend graph. */
@Table("CHART_NOTE")
public interface ChartNoteEntity extends Entity {

    @NotNull
    @Indexed
    String getKpiKey();

    void setKpiKey(String kpiKey);

    /** REBASE, GHOST or ANNOTATION. */
    @NotNull
    String getKind();

    void setKind(String kind);

    @NotNull
    String getPeriodId();

    void setPeriodId(String periodId);

    /** The reason for a rebase or ghost, the text of an annotation. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    @NotNull
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}
