package org.goldenthread.render;

/**
 * What a trend graph shows: the last {@code periods} periods (0 for all), with or without the SPC mean and process
 * limits and the benchmark quartiles, at a size in pixels.
 */
public record ChartOptions(int periods, boolean spc, boolean benchmark, int width, int height) {
    public static final ChartOptions STANDARD = new ChartOptions(0, true, true, 640, 280);

    public ChartOptions {
        if (periods < 0) {
            throw new IllegalArgumentException("periods must be 0 (all) or more, but is " + periods);
        }
        if (width < 200 || height < 120) {
            throw new IllegalArgumentException("a trend graph needs at least 200 by 120 pixels");
        }
    }

    public ChartOptions withPeriods(int count) {
        return new ChartOptions(count, spc, benchmark, width, height);
    }

    public ChartOptions withSpc(boolean shown) {
        return new ChartOptions(periods, shown, benchmark, width, height);
    }

    public ChartOptions withBenchmark(boolean shown) {
        return new ChartOptions(periods, spc, shown, width, height);
    }
}
