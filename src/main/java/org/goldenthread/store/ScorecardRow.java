package org.goldenthread.store;

import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.TargetInForce;

/** One KPI on a scorecard: its definition, its latest figure (with the status recorded for it) and that period's target. */
public record ScorecardRow(StoredKpi kpi, Optional<StoredMeasurement> latest, Optional<TargetInForce> target) {
    public ScorecardRow {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(target, "target");
    }
}
