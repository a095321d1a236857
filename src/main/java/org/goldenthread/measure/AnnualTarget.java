package org.goldenthread.measure;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPI's target for one financial year (TGT-02), optionally profiled: a period with its own figure (a seasonal dip
 * in January, say) uses that instead of the year's target (RAG-11).
 */
public record AnnualTarget(FinancialYear year, Target target, Map<FinancialPeriod, Target> profile) {
    public AnnualTarget {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(target, "target");
        profile = Map.copyOf(Objects.requireNonNull(profile, "profile"));
        for (FinancialPeriod period : profile.keySet()) {
            if (!period.year().equals(year)) {
                throw InvalidFieldsException.of("Invalid target for " + year.label(), "period",
                        "must fall in " + year.label() + ", but " + period.label() + " does not");
            }
        }
    }

    public static AnnualTarget of(FinancialYear year, Target target) {
        return new AnnualTarget(year, target, Map.of());
    }

    public AnnualTarget profiled(FinancialPeriod period, Target periodTarget) {
        HashMap<FinancialPeriod, Target> periods = new HashMap<>(profile);
        periods.put(period, periodTarget);
        return new AnnualTarget(year, target, periods);
    }

    /** The profiled figure for the period, if it has one. */
    public Optional<Target> profiledFor(FinancialPeriod period) {
        return Optional.ofNullable(profile.get(period));
    }
}
