package org.goldenthread.render;

/**
 * The trend graph's colours: distinguishable with the common colour-vision deficiencies, and each line and marker at
 * least 3:1 against white (WCAG 2.2 1.4.11); text at least 4.5:1. Meaning never rests on colour alone: markers differ
 * by shape, lines by dash.
 */
final class Palette {
    static final String ACTUAL = "#1f4e79";
    static final String TARGET = "#000000";
    static final String TOLERANCE = "#f2c14e";
    static final String SPC = "#595959";
    static final String IMPROVEMENT = "#005eb8";
    static final String CONCERN = "#c65102";
    static final String NEITHER = "#6d2077";
    static final String BENCHMARK_BAND = "#a9c4e2";
    static final String BENCHMARK_MEDIAN = "#2b4f7e";
    static final String GRID = "#d9d9d9";
    static final String TEXT = "#333333";

    private Palette() {
    }

    static String of(TrendChart.MarkerKind kind) {
        return switch (kind) {
            case COMMON_CAUSE -> ACTUAL;
            case IMPROVEMENT -> IMPROVEMENT;
            case CONCERN -> CONCERN;
            case NEITHER -> NEITHER;
            case GHOSTED -> SPC;
        };
    }
}
