package org.goldenthread.store;

import java.util.List;
import org.goldenthread.measure.TargetSchedule;
import org.goldenthread.spc.Ghost;
import org.goldenthread.spc.Rebase;

/** What the reports need of one KPI: its definition, every period's row, its targets, and its SPC notes. */
public record KpiBundle(StoredKpi kpi, List<StoredMeasurement> periods, TargetSchedule targets, List<Rebase> rebases,
                        List<Ghost> ghosts) {
    public KpiBundle {
        periods = List.copyOf(periods);
        rebases = List.copyOf(rebases);
        ghosts = List.copyOf(ghosts);
    }
}
