package org.goldenthread.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.Measurement;

/**
 * Splits a series into the stretches that become partitions: a new one starts at the first point on or after each
 * rebase and wherever the definition version changes. A rebase at or before the first point gives the first
 * partition its reason; one after the last point waits for data.
 */
final class Stretches {
    record Stretch(List<Measurement> points, Optional<String> reason) {
    }

    private Stretches() {
    }

    static List<Stretch> split(List<Measurement> measurements, Map<FinancialPeriod, String> rebases) {
        TreeMap<FinancialPeriod, String> pending = new TreeMap<>(rebases);
        List<Stretch> stretches = new ArrayList<>();
        Measurement before = null;
        for (Measurement point : measurements) {
            List<String> reasons = new ArrayList<>();
            while (!pending.isEmpty() && pending.firstKey().compareTo(point.period()) <= 0) {
                reasons.add(pending.pollFirstEntry().getValue());
            }
            if (before != null && before.definitionVersion() != point.definitionVersion()) {
                reasons.add("definition changed to version " + point.definitionVersion());
            }
            if (before == null || !reasons.isEmpty()) {
                Optional<String> reason = reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
                stretches.add(new Stretch(new ArrayList<>(), reason));
            }
            stretches.get(stretches.size() - 1).points().add(point);
            before = point;
        }
        return stretches;
    }
}
