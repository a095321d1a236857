package org.goldenthread.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A Jira project Golden Thread is enabled on: its project roles give people their parts in the app. */
@Table("PROJECT")
public interface EnabledProjectEntity extends Entity {

    @NotNull
    @Unique
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    String getEnabledBy();

    void setEnabledBy(String enabledBy);

    @NotNull
    Date getEnabledAt();

    void setEnabledAt(Date enabledAt);
}
