package org.goldenthread.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the comparator authorities' figures divide into quarters (KPI-18): lower quartile, median and upper quartile,
 * interpolated between the sorted figures as spreadsheets' QUARTILE.INC does, so councils can check them by hand.
 */
public record Quartiles(BigDecimal lower, BigDecimal median, BigDecimal upper, int count) {

    public static Quartiles of(List<BigDecimal> figures) {
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("quartiles need at least one figure");
        }
        List<BigDecimal> sorted = new ArrayList<>(figures);
        sorted.sort(null);
        return new Quartiles(at(sorted, 1), at(sorted, 2), at(sorted, 3), sorted.size());
    }

    /** The {@code quarter}/4 point: position quarter × (n − 1) / 4 from the first, between the two figures around it. */
    private static BigDecimal at(List<BigDecimal> sorted, int quarter) {
        int scaled = quarter * (sorted.size() - 1);
        int below = scaled / 4;
        int remainder = scaled % 4;
        BigDecimal low = sorted.get(below);
        if (remainder == 0) {
            return low;
        }
        BigDecimal high = sorted.get(below + 1);
        return low.add(high.subtract(low).multiply(BigDecimal.valueOf(remainder)).divide(BigDecimal.valueOf(4)));
    }
}
