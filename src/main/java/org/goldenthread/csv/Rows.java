package org.goldenthread.csv;

import java.util.Map;
import java.util.Optional;
import org.goldenthread.measure.KpiDefinition;

/** Reading that several files share. */
final class Rows {
    private Rows() {
    }

    /** The KPI the row's {@code kpi} column names, which must already be in Golden Thread. */
    static Optional<KpiDefinition> kpi(Fields f, Map<String, KpiDefinition> kpis) {
        String key = f.required("kpi");
        if (key == null) {
            return Optional.empty();
        }
        KpiDefinition kpi = kpis.get(key);
        if (kpi == null) {
            f.problem("kpi", key, "is not a KPI in Golden Thread: import the KPI definitions first");
        }
        return Optional.ofNullable(kpi);
    }
}
