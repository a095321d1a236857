package org.goldenthread.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** An action plan for a KPI, as the workbench keeps it (in Jira, an Action Plan issue plays this part). */
@Table("ACTION_PLAN")
public interface ActionPlanEntity extends Entity {

    @NotNull
    @Indexed
    String getKpiKey();

    void setKpiKey(String kpiKey);

    @NotNull
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @NotNull
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @NotNull
    Date getDueDate();

    void setDueDate(Date dueDate);

    int getProgress();

    void setProgress(int progress);

    /** Goes up with every saved change, so that a change made against an older copy is refused. */
    int getEditVersion();

    void setEditVersion(int editVersion);
}
