package org.goldenthread.spc;

import java.util.List;
import java.util.Optional;

/**
 * A KPI's XmR chart: the points, the partitions, and for the latest point the variation and assurance icons, each
 * with one sentence saying why. With trial limits (too few points in the latest partition) the points are still
 * classified but both icons are withheld, and the sentences say so.
 */
public record SpcResult(List<SpcPoint> points, List<Partition> partitions, Optional<VariationIcon> variation,
                        Optional<AssuranceIcon> assurance, boolean trialLimits, String explanation,
                        String assuranceExplanation) {
    public SpcResult {
        points = List.copyOf(points);
        partitions = List.copyOf(partitions);
    }
}
