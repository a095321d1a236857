package org.goldenthread.render;

import java.util.ArrayList;
import java.util.List;

/** A linear vertical scale from values to pixels, widened to round tick values (1, 2 or 5 times a power of ten). */
final class Scale {
    private static final int TARGET_TICKS = 5;

    private final double low;
    private final double high;
    private final double step;
    private final double top;
    private final double bottom;

    private Scale(double low, double high, double step, double top, double bottom) {
        this.low = low;
        this.high = high;
        this.step = step;
        this.top = top;
        this.bottom = bottom;
    }

    /** A scale covering {@code min} to {@code max}, drawn from pixel {@code bottom} up to pixel {@code top}. */
    static Scale covering(double min, double max, double top, double bottom) {
        if (max - min < 1e-9) {
            double pad = Math.max(Math.abs(max) * 0.1, 1);
            min -= pad;
            max += pad;
        }
        double step = niceStep((max - min) / TARGET_TICKS);
        double low = Math.floor(min / step) * step;
        double high = Math.ceil(max / step) * step;
        return new Scale(low, high, step, top, bottom);
    }

    double y(double value) {
        return bottom - (value - low) / (high - low) * (bottom - top);
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (double tick = low; tick <= high + step / 2; tick += step) {
            ticks.add(Math.abs(tick) < step / 1e6 ? 0 : tick);
        }
        return ticks;
    }

    double step() {
        return step;
    }

    private static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
