package org.goldenthread.render;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.goldenthread.render.TrendChart.Column;
import org.goldenthread.render.TrendChart.Marker;
import org.goldenthread.render.TrendChart.MarkerKind;
import org.goldenthread.render.TrendChart.Step;
import org.goldenthread.render.TrendChart.XY;

/**
 * Draws a trend graph as inline SVG for pages: {@code role="img"} with its title and summary as {@code <title>} and
 * {@code <desc>}; one path per kind of line keeps a 20-period graph within a few kilobytes.
 */
public final class SvgTrendChart {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    private static final String FONT = " font-family=\"Arial,Helvetica,sans-serif\" font-size=\"11\"";

    private SvgTrendChart() {
    }

    /** The SVG for the chart; {@code id} makes the title and summary ids unique on the page. */
    public static String draw(TrendChart chart, String id) {
        if (!SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a chart id is a letter then letters, digits, - or _, not '" + id + "'");
        }
        TrendChart.Box plot = chart.plot();
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gt-trend\" viewBox=\"0 0 ")
                .append(chart.width()).append(' ').append(chart.height()).append("\" width=\"").append(chart.width())
                .append("\" height=\"").append(chart.height()).append("\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-t ").append(id).append("-d\"><title id=\"").append(id).append("-t\">")
                .append(Xml.escape(chart.title())).append("</title><desc id=\"").append(id).append("-d\">")
                .append(Xml.escape(chart.summary())).append("</desc>");
        StringBuilder grid = new StringBuilder();
        for (TrendChart.Tick tick : chart.yTicks()) {
            grid.append('M').append(n(plot.left())).append(' ').append(n(tick.y())).append('H').append(n(plot.right()));
        }
        path(svg, "stroke=\"" + Palette.GRID + "\"", grid);
        path(svg, "fill=\"" + Palette.TOLERANCE + "\" fill-opacity=\".45\"", columns(chart.tolerance()));
        path(svg, "fill=\"" + Palette.BENCHMARK_BAND + "\" fill-opacity=\".6\"", columns(chart.benchmarkBands()));
        StringBuilder medians = new StringBuilder();
        for (XY median : chart.benchmarkMedians()) {
            medians.append('M').append(n(median.x() - 6)).append(' ').append(n(median.y())).append("h12");
        }
        path(svg, "stroke=\"" + Palette.BENCHMARK_MEDIAN + "\" stroke-width=\"2\"", medians);
        path(svg, "stroke=\"" + Palette.SPC + "\" stroke-dasharray=\"5 3\"", steps(chart.spcLimits(), false));
        path(svg, "stroke=\"" + Palette.SPC + "\"", steps(chart.spcMeans(), false));
        path(svg, "stroke=\"" + Palette.TARGET + "\" stroke-width=\"2\"",
                steps(chart.targets().stream().filter(step -> !step.amended()).toList(), true));
        path(svg, "stroke=\"" + Palette.TARGET + "\" stroke-width=\"2\" stroke-dasharray=\"6 3\"",
                steps(chart.targets().stream().filter(Step::amended).toList(), true));
        StringBuilder breaks = new StringBuilder();
        for (double x : chart.breaks()) {
            breaks.append('M').append(n(x)).append(' ').append(n(plot.top())).append('V').append(n(plot.bottom()));
        }
        path(svg, "stroke=\"" + Palette.TEXT + "\" stroke-dasharray=\"2 2\"", breaks);
        StringBuilder actual = new StringBuilder();
        for (List<XY> run : chart.actuals()) {
            char command = 'M';
            for (XY point : run) {
                actual.append(command).append(n(point.x())).append(' ').append(n(point.y()));
                command = 'L';
            }
        }
        path(svg, "stroke=\"" + Palette.ACTUAL + "\" stroke-width=\"2\" fill=\"none\"", actual);
        markers(svg, chart.markers());
        svg.append("<path stroke=\"").append(Palette.TEXT).append("\" d=\"M").append(n(plot.left())).append(' ')
                .append(n(plot.bottom())).append('H').append(n(plot.right())).append("\"/>");
        labels(svg, chart, plot);
        return svg.append("</svg>").toString();
    }

    private static void labels(StringBuilder svg, TrendChart chart, TrendChart.Box plot) {
        svg.append("<g").append(FONT).append(" fill=\"").append(Palette.TEXT).append("\" text-anchor=\"end\">");
        for (TrendChart.Tick tick : chart.yTicks()) {
            text(svg, plot.left() - 4, tick.y() + 4, tick.label());
        }
        svg.append("</g><g").append(FONT).append(" fill=\"").append(Palette.TEXT).append("\" text-anchor=\"middle\">");
        for (TrendChart.XLabel label : chart.xLabels()) {
            text(svg, label.x(), plot.bottom() + 16, label.label());
        }
        StringBuilder lines = new StringBuilder();
        for (TrendChart.Note note : chart.notes()) {
            text(svg, note.x(), plot.top() - 8, String.valueOf(note.number()));
            lines.append('M').append(n(note.x())).append(' ').append(n(plot.top() - 4)).append('V')
                    .append(n(plot.bottom()));
        }
        svg.append("</g>");
        path(svg, "stroke=\"" + Palette.TEXT + "\" stroke-dasharray=\"1 3\"", lines);
    }

    private static void markers(StringBuilder svg, List<Marker> markers) {
        Map<MarkerKind, StringBuilder> shapes = new EnumMap<>(MarkerKind.class);
        for (Marker marker : markers) {
            StringBuilder d = shapes.computeIfAbsent(marker.kind(), kind -> new StringBuilder());
            String x = n(marker.x());
            String y = n(marker.y());
            switch (marker.kind()) {
                case IMPROVEMENT -> d.append('M').append(x).append(' ').append(n(marker.y() - 5.5)).append("l5 9h-10z");
                case CONCERN -> d.append('M').append(x).append(' ').append(n(marker.y() - 5.5))
                        .append("l5.5 5.5-5.5 5.5-5.5-5.5z");
                case NEITHER -> d.append('M').append(n(marker.x() - 4)).append(' ').append(n(marker.y() - 4))
                        .append("h8v8h-8z");
                default -> d.append('M').append(n(marker.x() - 3.5)).append(' ').append(y)
                        .append("a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0-7 0");
            }
        }
        shapes.forEach((kind, d) -> path(svg, kind == MarkerKind.GHOSTED
                ? "fill=\"#fff\" stroke=\"" + Palette.of(kind) + "\" stroke-width=\"1.5\""
                : "fill=\"" + Palette.of(kind) + "\"", d));
    }

    private static StringBuilder columns(List<Column> columns) {
        StringBuilder d = new StringBuilder();
        for (Column column : columns) {
            d.append('M').append(n(column.x1())).append(' ').append(n(column.top())).append('H')
                    .append(n(column.x2())).append('V').append(n(column.bottom())).append('H')
                    .append(n(column.x1())).append('z');
        }
        return d;
    }

    /** Horizontal steps; {@code joined} draws the step change between adjacent steps as a vertical line. */
    private static StringBuilder steps(List<Step> steps, boolean joined) {
        StringBuilder d = new StringBuilder();
        Step previous = null;
        for (Step step : steps) {
            boolean adjacent = joined && previous != null && Math.abs(previous.x2() - step.x1()) < 0.01;
            if (adjacent) {
                d.append('V').append(n(step.y()));
            } else {
                d.append('M').append(n(step.x1())).append(' ').append(n(step.y()));
            }
            d.append('H').append(n(step.x2()));
            previous = step;
        }
        return d;
    }

    private static void path(StringBuilder svg, String style, CharSequence d) {
        if (!d.isEmpty()) {
            svg.append("<path ").append(style).append(style.contains("fill=") ? "" : " fill=\"none\"")
                    .append(" d=\"").append(d).append("\"/>");
        }
    }

    private static void text(StringBuilder svg, double x, double y, String text) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\">").append(Xml.escape(text))
                .append("</text>");
    }

    /** A coordinate to one decimal place, without a trailing ".0". */
    static String n(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths < 0 && tenths > -10 ? "-" : "")
                + tenths / 10 + "." + Math.abs(tenths % 10);
    }
}
