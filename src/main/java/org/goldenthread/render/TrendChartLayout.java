package org.goldenthread.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.goldenthread.contract.SeriesView;
import org.goldenthread.contract.SeriesView.SeriesPoint;
import org.goldenthread.contract.SpcPointView;
import org.goldenthread.render.TrendChart.Column;
import org.goldenthread.render.TrendChart.Marker;
import org.goldenthread.render.TrendChart.MarkerKind;
import org.goldenthread.render.TrendChart.Step;
import org.goldenthread.render.TrendChart.XY;

/** Lays a KPI's series out as a trend graph: one model, drawn as SVG on pages and as PNG in exports. */
public final class TrendChartLayout {
    private static final double LEFT = 52;
    private static final double RIGHT = 12;
    private static final double TOP = 22;
    private static final double BOTTOM = 30;
    private static final int MOST_AXIS_LABELS = 10;

    private TrendChartLayout() {
    }

    public static TrendChart of(SeriesView series, ChartOptions options) {
        List<SeriesPoint> points = shown(series.points(), options.periods());
        Map<String, SpcPointView> spc = options.spc() && series.spc() != null
                ? series.spc().points().stream().collect(Collectors.toMap(SpcPointView::periodId, Function.identity(),
                        (a, b) -> a))
                : Map.of();
        Map<String, SeriesView.BenchmarkPoint> benchmarks = options.benchmark()
                ? series.benchmarks().stream().collect(Collectors.toMap(SeriesView.BenchmarkPoint::periodId,
                        Function.identity(), (a, b) -> a))
                : Map.of();
        TrendChart.Box plot = new TrendChart.Box(LEFT, TOP, options.width() - RIGHT, options.height() - BOTTOM);
        double column = points.isEmpty() ? 0 : (plot.right() - plot.left()) / points.size();
        Map<String, Double> xs = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            xs.put(points.get(i).periodId(), plot.left() + column * (i + 0.5));
        }
        Scale scale = scale(points, spc, benchmarks, plot);

        List<List<XY>> actuals = new ArrayList<>();
        List<XY> run = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        List<Step> targets = new ArrayList<>();
        List<Column> tolerance = new ArrayList<>();
        List<Column> bands = new ArrayList<>();
        List<XY> medians = new ArrayList<>();
        for (SeriesPoint point : points) {
            double x = xs.get(point.periodId());
            Optional<Double> value = number(point.value());
            if (value.isPresent()) {
                XY at = new XY(x, scale.y(value.get()));
                run.add(at);
                markers.add(new Marker(at.x(), at.y(), kind(spc.get(point.periodId()))));
            } else if (!run.isEmpty()) {
                actuals.add(run);
                run = new ArrayList<>();
            }
            double x1 = x - column / 2;
            double x2 = x + column / 2;
            boolean amended = DataTable.amended(point);
            for (String target : targetLines(point)) {
                targets.add(new Step(x1, x2, scale.y(number(target).orElseThrow()), amended));
            }
            zone(point.amberFrom(), point.greenFrom(), x1, x2, scale).ifPresent(tolerance::add);
            zone(point.greenTo(), point.amberTo(), x1, x2, scale).ifPresent(tolerance::add);
            SeriesView.BenchmarkPoint benchmark = benchmarks.get(point.periodId());
            if (benchmark != null) {
                bands.add(new Column(x - column / 4, x + column / 4,
                        scale.y(number(benchmark.upperQuartile()).orElseThrow()),
                        scale.y(number(benchmark.lowerQuartile()).orElseThrow())));
                medians.add(new XY(x, scale.y(number(benchmark.median()).orElseThrow())));
            }
        }
        if (!run.isEmpty()) {
            actuals.add(run);
        }
        SpcLines lines = SpcLines.of(points, spc, xs, column, scale);
        return new TrendChart(series.key() + " " + series.title(), ChartSummary.of(series, points, options.spc()),
                options.width(), options.height(), plot, ticks(scale, series.decimals()),
                xLabels(points, xs), actuals, targets, tolerance, lines.means(), lines.limits(), bands, medians,
                markers, notes(series, xs), breaks(series, points, xs, column), DataTable.rows(points, spc));
    }

    private static List<SeriesPoint> shown(List<SeriesPoint> points, int periods) {
        return periods == 0 || points.size() <= periods ? points : points.subList(points.size() - periods,
                points.size());
    }

    private static Scale scale(List<SeriesPoint> points, Map<String, SpcPointView> spc,
                               Map<String, SeriesView.BenchmarkPoint> benchmarks, TrendChart.Box plot) {
        List<Double> values = new ArrayList<>();
        for (SeriesPoint point : points) {
            Stream.of(point.value(), point.target(), point.targetLow(), point.targetHigh(), point.amberFrom(),
                    point.amberTo()).map(TrendChartLayout::number).flatMap(Optional::stream).forEach(values::add);
            SpcPointView spcPoint = spc.get(point.periodId());
            if (spcPoint != null) {
                Stream.of(spcPoint.upl(), spcPoint.lpl()).map(TrendChartLayout::number).flatMap(Optional::stream)
                        .forEach(values::add);
            }
            SeriesView.BenchmarkPoint benchmark = benchmarks.get(point.periodId());
            if (benchmark != null) {
                Stream.of(benchmark.lowerQuartile(), benchmark.upperQuartile()).map(TrendChartLayout::number)
                        .flatMap(Optional::stream).forEach(values::add);
            }
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        return Scale.covering(min, max, plot.top(), plot.bottom());
    }

    private static List<String> targetLines(SeriesPoint point) {
        if (point.targetLow() != null && point.targetHigh() != null) {
            return List.of(point.targetLow(), point.targetHigh());
        }
        return point.target() == null ? List.of() : List.of(point.target());
    }

    /** The amber part of the tolerance band on one side of the green range, where there is one. */
    private static Optional<Column> zone(String from, String to, double x1, double x2, Scale scale) {
        Optional<Double> low = number(from);
        Optional<Double> high = number(to);
        if (low.isEmpty() || high.isEmpty() || high.get() - low.get() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Column(x1, x2, scale.y(high.get()), scale.y(low.get())));
    }

    private static MarkerKind kind(SpcPointView point) {
        if (point == null) {
            return MarkerKind.COMMON_CAUSE;
        }
        if (point.ghosted()) {
            return MarkerKind.GHOSTED;
        }
        return switch (point.pointType()) {
            case "SPECIAL_CAUSE_IMPROVEMENT" -> MarkerKind.IMPROVEMENT;
            case "SPECIAL_CAUSE_CONCERN" -> MarkerKind.CONCERN;
            case "SPECIAL_CAUSE_NEITHER_HIGH", "SPECIAL_CAUSE_NEITHER_LOW" -> MarkerKind.NEITHER;
            case "EXCLUDED" -> MarkerKind.GHOSTED;
            default -> MarkerKind.COMMON_CAUSE;
        };
    }

    private static List<TrendChart.Tick> ticks(Scale scale, int decimals) {
        return scale.ticks().stream().map(tick -> new TrendChart.Tick(scale.y(tick),
                BigDecimal.valueOf(tick).setScale(Math.min(decimals, Math.max(0, -(int) Math.floor(
                        Math.log10(scale.step())))), java.math.RoundingMode.HALF_UP).toPlainString())).toList();
    }

    private static List<TrendChart.XLabel> xLabels(List<SeriesPoint> points, Map<String, Double> xs) {
        int every = (points.size() + MOST_AXIS_LABELS - 1) / MOST_AXIS_LABELS;
        List<TrendChart.XLabel> labels = new ArrayList<>();
        for (int i = points.size() - 1; i >= 0; i -= Math.max(every, 1)) {
            labels.add(0, new TrendChart.XLabel(xs.get(points.get(i).periodId()),
                    PeriodAxis.label(points.get(i).periodId())));
        }
        return labels;
    }

    private static List<TrendChart.Note> notes(SeriesView series, Map<String, Double> xs) {
        List<TrendChart.Note> notes = new ArrayList<>();
        for (SeriesView.AnnotationView annotation : series.annotations()) {
            Double x = xs.get(annotation.periodId());
            if (x != null) {
                notes.add(new TrendChart.Note(x, notes.size() + 1, PeriodAxis.label(annotation.periodId()),
                        annotation.text()));
            }
        }
        return notes;
    }

    private static List<Double> breaks(SeriesView series, List<SeriesPoint> points, Map<String, Double> xs,
                                       double column) {
        String first = points.isEmpty() ? null : points.get(0).periodId();
        return series.partitions().stream().filter(partition -> partition.number() > 1)
                .map(SeriesView.PartitionView::startPeriodId)
                .filter(period -> xs.containsKey(period) && !period.equals(first))
                .map(period -> xs.get(period) - column / 2).toList();
    }

    static Optional<Double> number(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
