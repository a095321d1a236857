package org.goldenthread.contract;

import java.util.List;

/**
 * A KPI's Making Data Count chart: the points, its partitions, the latest partition's mean and limits, the variation
 * and assurance icons (codes, labels and letters, null when withheld) and why.
 */
public record SpcView(List<SpcPointView> points, List<PartitionView> partitions, String mean, String upl, String lpl,
                      String variation, String variationLabel, String variationLetter, String assurance,
                      String assuranceLabel, String assuranceLetter, boolean trialLimits, String explanation,
                      String assuranceExplanation) {

    /**
     * A stretch of the chart with its own mean and limits, from its first period, with the reason for the rebase that
     * started it (null for the first). {@code points} counts the points calculated from, leaving out ghosted ones.
     */
    public record PartitionView(int number, String startPeriodId, String reason, int points, String mean,
                                String meanMovingRange, int movingRangesScreenedOut, String upl, String lpl) {
    }
}
