package org.goldenthread.render;

import java.util.List;

/**
 * A trend graph laid out in pixels, ready to draw as SVG or PNG: the actuals, the target in force (steps where it
 * changes or was amended), the tolerance band, the SPC mean and process limits per partition, special-cause points,
 * benchmark quartiles and median, numbered annotations and rebase breaks; with its title, a one-sentence summary and
 * the data table that is its text alternative.
 */
public record TrendChart(String title, String summary, int width, int height, Box plot, List<Tick> yTicks,
                         List<XLabel> xLabels, List<List<XY>> actuals, List<Step> targets, List<Column> tolerance,
                         List<Step> spcMeans, List<Step> spcLimits, List<Column> benchmarkBands,
                         List<XY> benchmarkMedians, List<Marker> markers, List<Note> notes, List<Double> breaks,
                         List<TableRow> table) {

    /** How a point is marked: by shape as well as colour, so no meaning rests on colour alone. */
    public enum MarkerKind {
        COMMON_CAUSE("circle", "Common cause"),
        IMPROVEMENT("triangle", "Special cause improvement"),
        CONCERN("diamond", "Special cause concern"),
        NEITHER("square", "Special cause, neither improvement nor concern"),
        GHOSTED("hollow circle", "Left out of the SPC calculation");

        private final String shape;
        private final String meaning;

        MarkerKind(String shape, String meaning) {
            this.shape = shape;
            this.meaning = meaning;
        }

        public String shape() {
            return shape;
        }

        public String meaning() {
            return meaning;
        }
    }

    public record XY(double x, double y) {
    }

    /** A horizontal line from {@code x1} to {@code x2}; amended when a target amendment set it. */
    public record Step(double x1, double x2, double y, boolean amended) {
    }

    /** A shaded column from {@code x1} to {@code x2}, between pixel rows {@code top} and {@code bottom}. */
    public record Column(double x1, double x2, double top, double bottom) {
    }

    public record Box(double left, double top, double right, double bottom) {
    }

    public record Tick(double y, String label) {
    }

    public record XLabel(double x, String label) {
    }

    public record Marker(double x, double y, MarkerKind kind) {
    }

    /** An annotation at a period, numbered on the graph and listed with its text below it. */
    public record Note(double x, int number, String period, String text) {
    }

    /** One row of the data table: the period and what the graph shows for it, as text. */
    public record TableRow(String period, String value, String target, String status, String spc) {
    }
}
