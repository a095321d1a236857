package org.goldenthread.store;

import java.util.List;
import java.util.Optional;
import org.goldenthread.actionplan.ActionPlan;

/** Action plans linked to KPIs; the workbench keeps them in Active Objects, Jira as issues. */
public interface ActionPlanStore {
    List<StoredActionPlan> forKpi(String kpiKey);

    Optional<StoredActionPlan> find(int id);

    StoredActionPlan create(ActionPlan plan, String userKey);

    /** Saves an edit made to {@code editVersion} of the plan, or refuses it with a {@link ConflictException}. */
    StoredActionPlan update(int id, ActionPlan plan, int editVersion, String userKey);
}
