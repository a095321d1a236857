package org.goldenthread.contract;

import java.util.List;

/**
 * Everything a trend graph needs in one answer: a point per period, the SPC chart, benchmark quartiles by benchmark
 * period, the graph's annotations, and the SPC partitions (a new one starts at each rebase).
 */
public record SeriesView(String key, String title, String unit, int decimals, String polarity,
                         List<SeriesPoint> points, SpcView spc, List<BenchmarkPoint> benchmarks,
                         List<AnnotationView> annotations, List<PartitionView> partitions) {

    /**
     * One period: the figure (null where none is released), the target in force and, where it was amended, the
     * original; the tolerance band the figure was judged against; and its status, with the performance team's
     * override and the figure's restatement where there is one.
     */
    public record SeriesPoint(String periodId, String period, String value, String display, String target,
                              String targetLow, String targetHigh, String targetDisplay, String originalTarget,
                              String greenFrom, String greenTo, String amberFrom, String amberTo, String status,
                              OverrideView override, RestatementView restated) {
    }

    /**
     * The comparator authorities' quartiles and median for one benchmark period; with the council's authority code
     * set, its own figure in the benchmark return ({@code own}) is left out of them, and {@code quartile} says which
     * quarter it falls in, counted from the best ({@code TOP}, {@code SECOND}, {@code THIRD}, {@code BOTTOM}).
     */
    public record BenchmarkPoint(String periodId, String period, String lowerQuartile, String median,
                                 String upperQuartile, int authorities, String own, String quartile) {
    }

    /** A note on the graph at a period. */
    public record AnnotationView(String periodId, String text) {
    }

    /** A stretch of the SPC chart from a period, with the reason for the break that started it (null for the first). */
    public record PartitionView(int number, String startPeriodId, String reason) {
    }
}
