package org.goldenthread.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A milestone of a workbench action plan, in the plan's order. */
@Table("MILESTONE")
public interface MilestoneEntity extends Entity {

    @Indexed
    int getPlanId();

    void setPlanId(int planId);

    int getStepOrder();

    void setStepOrder(int stepOrder);

    @NotNull
    String getTitle();

    void setTitle(String title);

    @NotNull
    Date getDueDate();

    void setDueDate(Date dueDate);

    boolean isDone();

    void setDone(boolean done);
}
