package org.goldenthread.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.goldenthread.render.TrendChart.Column;
import org.goldenthread.render.TrendChart.Marker;
import org.goldenthread.render.TrendChart.Step;
import org.goldenthread.render.TrendChart.XY;

/**
 * Draws a trend graph as a PNG for the exports that drop inline SVG (PDF, Word, email): the same model, the same
 * colours, shapes and dashes as {@link SvgTrendChart}.
 */
public final class PngTrendChart {
    private static final BasicStroke THIN = new BasicStroke(1f);
    private static final BasicStroke THICK = new BasicStroke(2f);
    private static final BasicStroke LIMIT = dashed(1f, 5, 3);
    private static final BasicStroke AMENDED = dashed(2f, 6, 3);
    private static final BasicStroke BREAK = dashed(1f, 2, 2);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private PngTrendChart() {
    }

    public static byte[] draw(TrendChart chart) {
        BufferedImage image = new BufferedImage(chart.width(), chart.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, chart.width(), chart.height());
            paint(g, chart);
        } finally {
            g.dispose();
        }
        return PngEncoder.encode(image);
    }

    private static void paint(Graphics2D g, TrendChart chart) {
        TrendChart.Box plot = chart.plot();
        g.setStroke(THIN);
        g.setColor(color(Palette.GRID));
        chart.yTicks().forEach(tick -> g.draw(new Line2D.Double(plot.left(), tick.y(), plot.right(), tick.y())));
        fill(g, chart.tolerance(), color(Palette.TOLERANCE, 0.45f));
        fill(g, chart.benchmarkBands(), color(Palette.BENCHMARK_BAND, 0.6f));
        g.setColor(color(Palette.BENCHMARK_MEDIAN));
        g.setStroke(THICK);
        chart.benchmarkMedians().forEach(m -> g.draw(new Line2D.Double(m.x() - 6, m.y(), m.x() + 6, m.y())));
        g.setColor(color(Palette.SPC));
        steps(g, chart.spcLimits(), LIMIT, false);
        steps(g, chart.spcMeans(), THIN, false);
        g.setColor(color(Palette.TARGET));
        steps(g, chart.targets().stream().filter(step -> !step.amended()).toList(), THICK, true);
        steps(g, chart.targets().stream().filter(Step::amended).toList(), AMENDED, true);
        g.setColor(color(Palette.TEXT));
        g.setStroke(BREAK);
        chart.breaks().forEach(x -> g.draw(new Line2D.Double(x, plot.top(), x, plot.bottom())));
        g.setColor(color(Palette.ACTUAL));
        g.setStroke(THICK);
        for (List<XY> run : chart.actuals()) {
            Path2D.Double line = new Path2D.Double();
            line.moveTo(run.get(0).x(), run.get(0).y());
            run.stream().skip(1).forEach(point -> line.lineTo(point.x(), point.y()));
            g.draw(line);
        }
        chart.markers().forEach(marker -> marker(g, marker));
        g.setColor(color(Palette.TEXT));
        g.setStroke(THIN);
        g.draw(new Line2D.Double(plot.left(), plot.bottom(), plot.right(), plot.bottom()));
        labels(g, chart, plot);
    }

    private static void labels(Graphics2D g, TrendChart chart, TrendChart.Box plot) {
        g.setFont(FONT);
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(color(Palette.TEXT));
        for (TrendChart.Tick tick : chart.yTicks()) {
            g.drawString(tick.label(), (float) (plot.left() - 4 - metrics.stringWidth(tick.label())),
                    (float) tick.y() + 4);
        }
        for (TrendChart.XLabel label : chart.xLabels()) {
            g.drawString(label.label(), (float) (label.x() - metrics.stringWidth(label.label()) / 2.0),
                    (float) plot.bottom() + 16);
        }
        for (TrendChart.Note note : chart.notes()) {
            String number = String.valueOf(note.number());
            g.drawString(number, (float) (note.x() - metrics.stringWidth(number) / 2.0), (float) plot.top() - 8);
        }
    }

    private static void marker(Graphics2D g, Marker marker) {
        double x = marker.x();
        double y = marker.y();
        g.setColor(color(Palette.of(marker.kind())));
        switch (marker.kind()) {
            case IMPROVEMENT -> g.fill(polygon(x, y - 5.5, x + 5, y + 3.5, x - 5, y + 3.5));
            case CONCERN -> g.fill(polygon(x, y - 5.5, x + 5.5, y, x, y + 5.5, x - 5.5, y));
            case NEITHER -> g.fill(new Rectangle2D.Double(x - 4, y - 4, 8, 8));
            case GHOSTED -> {
                Ellipse2D.Double circle = new Ellipse2D.Double(x - 3.5, y - 3.5, 7, 7);
                g.setColor(Color.WHITE);
                g.fill(circle);
                g.setColor(color(Palette.of(marker.kind())));
                g.setStroke(new BasicStroke(1.5f));
                g.draw(circle);
            }
            default -> g.fill(new Ellipse2D.Double(x - 3.5, y - 3.5, 7, 7));
        }
    }

    private static Path2D.Double polygon(double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    private static void fill(Graphics2D g, List<Column> columns, Color color) {
        g.setColor(color);
        columns.forEach(c -> g.fill(new Rectangle2D.Double(c.x1(), c.top(), c.x2() - c.x1(), c.bottom() - c.top())));
    }

    /** Horizontal steps; {@code joined} draws the step change between adjacent steps as a vertical line. */
    private static void steps(Graphics2D g, List<Step> steps, BasicStroke stroke, boolean joined) {
        g.setStroke(stroke);
        Step previous = null;
        for (Step step : steps) {
            if (joined && previous != null && Math.abs(previous.x2() - step.x1()) < 0.01) {
                g.draw(new Line2D.Double(step.x1(), previous.y(), step.x1(), step.y()));
            }
            g.draw(new Line2D.Double(step.x1(), step.y(), step.x2(), step.y()));
            previous = step;
        }
    }

    private static BasicStroke dashed(float width, float on, float off) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {on, off}, 0f);
    }

    private static Color color(String hex) {
        return Color.decode(hex);
    }

    private static Color color(String hex, float alpha) {
        Color solid = Color.decode(hex);
        return new Color(solid.getRed(), solid.getGreen(), solid.getBlue(), Math.round(alpha * 255));
    }
}
