package org.goldenthread.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.goldenthread.contract.SeriesView;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Times the PNG trend graph against JFreeChart, which Confluence's own chart macro draws with: the same 20-period
 * series with its target line, at the same pixel size, encoded as PNG, in the same run. Not a test: it prints the
 * median times and their ratio. {@code mvn -q test-compile exec:java@chart-benchmark}
 */
public final class ChartBenchmark {
    private static final int RUNS = 201;
    private static final int WARM_UP = 100;

    private ChartBenchmark() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        SeriesView series = SeriesFixtures.quarters("Household waste recycled", 20);
        ChartOptions options = ChartOptions.STANDARD;
        Supplier<byte[]> ours = () -> PngTrendChart.draw(TrendChartLayout.of(series, options));
        Supplier<byte[]> jfree = () -> jfreeChart(series, options.width(), options.height());
        for (int i = 0; i < WARM_UP; i++) {
            ours.get();
            jfree.get();
        }
        double oursMs = median(ours);
        double jfreeMs = median(jfree);
        System.out.printf(Locale.ROOT, "20-period trend graph as a %dx%d PNG: Golden Thread %.2f ms (%d bytes), "
                        + "JFreeChart %.2f ms (%d bytes); JFreeChart / Golden Thread = %.2f (goal: 2.00 or more)%n",
                options.width(), options.height(), oursMs, ours.get().length, jfreeMs, jfree.get().length,
                jfreeMs / oursMs);
    }

    private static byte[] jfreeChart(SeriesView series, int width, int height) {
        XYSeries actual = new XYSeries("Actual");
        XYSeries target = new XYSeries("Target");
        for (int i = 0; i < series.points().size(); i++) {
            SeriesView.SeriesPoint point = series.points().get(i);
            actual.add(i, Double.parseDouble(point.value()));
            target.add(i, Double.parseDouble(point.target()));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(actual);
        data.addSeries(target);
        JFreeChart chart = ChartFactory.createXYLineChart(null, null, null, data, PlotOrientation.VERTICAL, false,
                false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, Color.decode(Palette.ACTUAL));
        renderer.setSeriesPaint(1, Color.BLACK);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        renderer.setSeriesShapesVisible(1, false);
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        ByteArrayOutputStream png = new ByteArrayOutputStream(16_384);
        try {
            ChartUtils.writeChartAsPNG(png, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static double median(Supplier<byte[]> draw) {
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            draw.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
