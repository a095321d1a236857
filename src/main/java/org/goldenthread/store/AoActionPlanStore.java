package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.Query;
import org.goldenthread.actionplan.ActionPlan;
import org.goldenthread.actionplan.Milestone;
import org.goldenthread.measure.InvalidFieldsException;

/** The workbench's action plans in Active Objects; creating or changing one is audited against its KPI. */
public final class AoActionPlanStore implements ActionPlanStore {
    private final ActiveObjects ao;
    private final AoAuditTrail audit;
    private final EditClaims claims;
    private final Clock clock;

    public AoActionPlanStore(ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.audit = new AoAuditTrail(ao);
        this.claims = new EditClaims(ao);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<StoredActionPlan> forKpi(String kpiKey) {
        return Arrays.stream(ao.find(ActionPlanEntity.class, Query.select().where("KPI_KEY = ?", kpiKey).order("ID")))
                .map(this::stored).toList();
    }

    @Override
    public Optional<StoredActionPlan> find(int id) {
        return Optional.ofNullable(ao.get(ActionPlanEntity.class, id)).map(this::stored);
    }

    @Override
    public StoredActionPlan create(ActionPlan plan, String userKey) {
        return ao.executeInTransaction(() -> {
            Map<String, Object> columns = new HashMap<>();
            columns.put("KPI_KEY", plan.kpiKey());
            columns.put("TITLE", plan.title());
            columns.put("OWNER_KEY", plan.owner());
            columns.put("DUE_DATE", date(plan.due()));
            columns.put("EDIT_VERSION", 1);
            ActionPlanEntity row = ao.create(ActionPlanEntity.class, columns);
            write(row, plan);
            audit.append(new AuditEvent(plan.kpiKey(), Optional.empty(), "action plan created", userKey,
                    clock.instant(), Optional.empty(), Optional.of(summary(plan))));
            return stored(row);
        });
    }

    @Override
    public StoredActionPlan update(int id, ActionPlan plan, int editVersion, String userKey) {
        return ao.executeInTransaction(() -> {
            ActionPlanEntity row = ao.get(ActionPlanEntity.class, id);
            if (row == null || !row.getKpiKey().equals(plan.kpiKey())) {
                throw InvalidFieldsException.of("Action plan " + id, "id", "must name an action plan of "
                        + plan.kpiKey());
            }
            if (row.getEditVersion() != editVersion) {
                throw new ConflictException("Action plan '" + row.getTitle() + "'", row.getEditVersion(), editVersion);
            }
            claims.claim("PLAN " + id, editVersion + 1, () -> new ConflictException("Action plan '" + row.getTitle()
                    + "'", editVersion + 1, editVersion));
            String before = summary(stored(row).plan());
            row.setEditVersion(editVersion + 1);
            write(row, plan);
            audit.append(new AuditEvent(plan.kpiKey(), Optional.empty(), "action plan", userKey, clock.instant(),
                    Optional.of(before), Optional.of(summary(plan))));
            return stored(row);
        });
    }

    private void write(ActionPlanEntity row, ActionPlan plan) {
        row.setTitle(plan.title());
        row.setDescription(plan.description());
        row.setOwnerKey(plan.owner());
        row.setDueDate(date(plan.due()));
        row.setProgress(plan.progress());
        row.save();
        ao.deleteWithSQL(MilestoneEntity.class, "PLAN_ID = ?", row.getID());
        for (int i = 0; i < plan.milestones().size(); i++) {
            Milestone milestone = plan.milestones().get(i);
            Map<String, Object> columns = new HashMap<>();
            columns.put("PLAN_ID", row.getID());
            columns.put("STEP_ORDER", i);
            columns.put("TITLE", milestone.title());
            columns.put("DUE_DATE", date(milestone.due()));
            columns.put("DONE", milestone.done());
            ao.create(MilestoneEntity.class, columns);
        }
    }

    private StoredActionPlan stored(ActionPlanEntity row) {
        List<Milestone> milestones = Arrays.stream(ao.find(MilestoneEntity.class, "PLAN_ID = ?", row.getID()))
                .sorted(Comparator.comparingInt(MilestoneEntity::getStepOrder))
                .map(m -> new Milestone(m.getTitle(), day(m.getDueDate()), m.isDone())).toList();
        return new StoredActionPlan(row.getID(), new ActionPlan(row.getKpiKey(), row.getTitle(), row.getDescription(),
                row.getOwnerKey(), day(row.getDueDate()), row.getProgress(), milestones), row.getEditVersion());
    }

    /** "Recover missed rounds; owner head.waste; due 2025-12-31; 40%; 1 of 3 milestones done". */
    private static String summary(ActionPlan plan) {
        long done = plan.milestones().stream().filter(Milestone::done).count();
        return plan.title() + "; owner " + plan.owner() + "; due " + plan.due() + "; " + plan.progress() + "%; "
                + done + " of " + plan.milestones().size() + " milestones done";
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static LocalDate day(Date date) {
        return Instant.ofEpochMilli(date.getTime()).atZone(ZoneOffset.UTC).toLocalDate();
    }
}
