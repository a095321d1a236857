package org.goldenthread.benchmark;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;

/**
 * One authority's figure for a benchmark indicator in a period (KPI-18), e.g. from an LG Inform export: the comparator
 * group it was published in, if any, and where it came from.
 */
public record BenchmarkValue(String indicator, FinancialPeriod period, String authority,
                             Optional<String> comparatorGroup, BigDecimal value, Optional<String> source) {
    public BenchmarkValue {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(comparatorGroup, "comparatorGroup");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
