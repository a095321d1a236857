package org.goldenthread.store;

import org.goldenthread.measure.AnnualTarget;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.TargetAmendment;
import org.goldenthread.measure.TargetSchedule;

/** A KPI's targets per financial year, their profiles and amendments; every change is audited. */
public interface TargetRepository {
    TargetSchedule schedule(KpiDefinition kpi);

    /** Sets the year's target and profile, replacing any the year had. */
    default void setAnnual(KpiDefinition kpi, AnnualTarget target, String userKey) {
        setAnnual(kpi, target, "", userKey);
    }

    /** As {@link #setAnnual(KpiDefinition, AnnualTarget, String)}, with why the target is what it is, for the audit. */
    void setAnnual(KpiDefinition kpi, AnnualTarget target, String reason, String userKey);

    /** Records an approved amendment; the target it amends is kept. */
    void amend(KpiDefinition kpi, TargetAmendment amendment);
}
