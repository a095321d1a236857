package org.goldenthread.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The Jira issue an action plan is shown as: one issue per plan. */
@Table("PLAN_ISSUE")
public interface ActionPlanIssueEntity extends Entity {
    @NotNull
    @Unique
    int getPlanId();

    void setPlanId(int planId);

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);
}
