package org.goldenthread.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goldenthread.measure.Measurement;

/** Where a series splits into partitions: at each rebase and at each change of definition version. */
final class PartitionBoundaries {
    private PartitionBoundaries() {
    }

    static List<List<Measurement>> split(List<Measurement> measurements, List<Rebase> rebases) {
        List<List<Measurement>> stretches = new ArrayList<>();
        for (int i = 0; i < measurements.size(); i++) {
            if (i == 0 || reason(measurements.get(i), measurements, rebases).isPresent()) {
                stretches.add(new ArrayList<>());
            }
            stretches.get(stretches.size() - 1).add(measurements.get(i));
        }
        return stretches;
    }

    /** Why a new partition starts at this point, if one does. */
    static Optional<String> reason(Measurement point, List<Measurement> measurements, List<Rebase> rebases) {
        int index = measurements.indexOf(point);
        if (index == 0) {
            return Optional.empty();
        }
        Measurement before = measurements.get(index - 1);
        List<String> reasons = new ArrayList<>();
        for (Rebase rebase : rebases) {
            if (rebase.from().compareTo(before.period()) > 0 && rebase.from().compareTo(point.period()) <= 0) {
                reasons.add(rebase.reason());
            }
        }
        if (before.definitionVersion() != point.definitionVersion()) {
            reasons.add("definition changed to version " + point.definitionVersion());
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }
}
