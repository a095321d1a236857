package org.goldenthread.render;

/** An action plan for scrutiny, with the KPI it is for and that KPI's tile beside it. */
public final class ActionPlanEntry {
    private final PlanModel plan;
    private final KpiRowModel kpi;
    private final String tileHtml;

    public ActionPlanEntry(PlanModel plan, KpiRowModel kpi, String tileHtml) {
        this.plan = plan;
        this.kpi = kpi;
        this.tileHtml = tileHtml;
    }

    public PlanModel getPlan() {
        return plan;
    }

    public KpiRowModel getKpi() {
        return kpi;
    }

    /** The KPI's tile, already rendered (and escaped) by the tile template. */
    public String getTileHtml() {
        return tileHtml;
    }
}
