package org.goldenthread.render;

import java.util.Locale;
import org.goldenthread.contract.ActionPlanView;

/** An action plan as scrutiny reads it: what, who, by when, how far, and whether it is on track. */
public final class PlanModel {
    private final ActionPlanView plan;

    public PlanModel(ActionPlanView plan) {
        this.plan = plan;
    }

    public String getTitle() {
        return plan.title();
    }

    public String getOwner() {
        return plan.owner();
    }

    public String getDue() {
        return plan.due();
    }

    public int getProgress() {
        return plan.progress();
    }

    public String getStatus() {
        String status = plan.status() == null ? "" : plan.status().replace('_', ' ').toLowerCase(Locale.ROOT);
        return status.isEmpty() ? "" : Character.toUpperCase(status.charAt(0)) + status.substring(1);
    }

    public String getDescription() {
        return plan.description() == null ? "" : plan.description();
    }
}
