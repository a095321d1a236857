package org.goldenthread.store;

import java.util.Objects;
import org.goldenthread.actionplan.ActionPlan;

/** An action plan as stored, with its id and the edit version a change must be made to. */
public record StoredActionPlan(int id, ActionPlan plan, int editVersion) {
    public StoredActionPlan {
        Objects.requireNonNull(plan, "plan");
    }
}
