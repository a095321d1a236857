package org.goldenthread.rest;

import java.time.LocalDate;
import org.goldenthread.actionplan.ActionPlan;
import org.goldenthread.contract.ActionPlanView;
import org.goldenthread.contract.MilestoneView;
import org.goldenthread.store.StoredActionPlan;

/** Action plans as the API shows them, with a status worked out from progress and the due date. */
final class ActionPlanViews {
    private ActionPlanViews() {
    }

    static ActionPlanView view(StoredActionPlan stored, LocalDate today) {
        ActionPlan plan = stored.plan();
        return new ActionPlanView(stored.id(), plan.title(), plan.kpiKey(), plan.owner(), status(plan, today),
                plan.due().toString(), plan.progress(), plan.description(),
                plan.milestones().stream().map(milestone -> new MilestoneView(milestone.title(),
                        milestone.due().toString(), milestone.done())).toList(),
                stored.editVersion());
    }

    static String status(ActionPlan plan, LocalDate today) {
        if (plan.progress() == 100) {
            return "COMPLETE";
        }
        return plan.due().isBefore(today) ? "OVERDUE" : "ON_TRACK";
    }
}
