package org.goldenthread.measure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** A KPI's measurements in period order, at most one per period. */
public final class Series {
    private final TreeMap<FinancialPeriod, Measurement> byPeriod = new TreeMap<>();

    private Series(Collection<Measurement> measurements) {
        for (Measurement measurement : measurements) {
            if (byPeriod.put(measurement.period(), measurement) != null) {
                throw InvalidFieldsException.of("Invalid series", "period",
                        "must be unique, but " + measurement.period().label() + " has two figures");
            }
        }
    }

    public static Series of(Collection<Measurement> measurements) {
        return new Series(measurements);
    }

    public Optional<Measurement> at(FinancialPeriod period) {
        return Optional.ofNullable(byPeriod.get(period));
    }

    public List<Measurement> measurements() {
        return List.copyOf(byPeriod.values());
    }
}
