package org.goldenthread.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.contract.SeriesView.SeriesPoint;
import org.goldenthread.contract.SpcPointView;
import org.goldenthread.render.TrendChart.Step;

/** The SPC mean and process limits as lines, one set per partition, each spanning the periods of its partition. */
record SpcLines(List<Step> means, List<Step> limits) {

    static SpcLines of(List<SeriesPoint> points, Map<String, SpcPointView> spc, Map<String, Double> xs, double column,
                       Scale scale) {
        List<Step> means = new ArrayList<>();
        List<Step> limits = new ArrayList<>();
        SpcPointView first = null;
        double start = 0;
        double end = 0;
        for (SeriesPoint point : points) {
            SpcPointView spcPoint = spc.get(point.periodId());
            double x = xs.get(point.periodId());
            if (spcPoint == null || spcPoint.mean() == null) {
                continue;
            }
            if (first != null && first.partition() != spcPoint.partition()) {
                add(first, start, end, scale, means, limits);
                first = null;
            }
            if (first == null) {
                first = spcPoint;
                start = x - column / 2;
            }
            end = x + column / 2;
        }
        if (first != null) {
            add(first, start, end, scale, means, limits);
        }
        return new SpcLines(means, limits);
    }

    private static void add(SpcPointView partition, double x1, double x2, Scale scale, List<Step> means,
                            List<Step> limits) {
        means.add(new Step(x1, x2, scale.y(Double.parseDouble(partition.mean())), false));
        for (String limit : new String[] {partition.upl(), partition.lpl()}) {
            Optional<Double> value = TrendChartLayout.number(limit);
            value.ifPresent(y -> limits.add(new Step(x1, x2, scale.y(y), false)));
        }
    }
}
