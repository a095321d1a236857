package org.goldenthread.render;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.goldenthread.contract.TileView.SparkPoint;

/** A tile's sparkline: a small SVG line of recent figures, named for screen readers by the figures themselves. */
final class Sparkline {
    private static final int WIDTH = 96;
    private static final int HEIGHT = 24;

    private Sparkline() {
    }

    static String svg(List<SparkPoint> points) {
        List<Double> values = points.stream().map(point -> TrendChartLayout.number(point.value()))
                .flatMap(Optional::stream).toList();
        if (values.size() < 2) {
            return "";
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double range = max - min < 1e-9 ? 1 : max - min;
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double x = 2 + (WIDTH - 4) * i / (double) (values.size() - 1);
            double y = HEIGHT - 3 - (HEIGHT - 6) * (values.get(i) - min) / range;
            d.append(i == 0 ? 'M' : 'L').append(SvgTrendChart.n(x)).append(' ').append(SvgTrendChart.n(y));
        }
        String label = "Recent figures, oldest first: " + points.stream().map(SparkPoint::value)
                .filter(value -> value != null).collect(Collectors.joining(", "));
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gt-sparkline\" width=\"" + WIDTH + "\" height=\""
                + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\""
                + Xml.escape(label) + "\"><path fill=\"none\" stroke=\"" + Palette.ACTUAL
                + "\" stroke-width=\"1.5\" d=\"" + d + "\"/></svg>";
    }
}
