package org.goldenthread.render;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.goldenthread.contract.SeriesView.SeriesPoint;
import org.goldenthread.contract.SpcPointView;
import org.goldenthread.spc.PointType;

/**
 * The trend graph's text alternative: a row per period with the figure, target, status and SPC reading; a restated
 * figure and an overridden status say so.
 */
final class DataTable {
    private DataTable() {
    }

    static List<TrendChart.TableRow> rows(List<SeriesPoint> points, Map<String, SpcPointView> spc) {
        return points.stream().map(point -> new TrendChart.TableRow(point.period(),
                point.display() == null ? "no figure" : point.display()
                        + (point.restated() == null ? "" : " (" + point.restated().note() + ")"),
                point.targetDisplay() == null ? "none" : point.targetDisplay()
                        + (amended(point) ? " (amended)" : ""),
                StatusText.of(point.status()).label() + (point.override() == null ? ""
                        : " (overridden from " + point.override().computedLabel() + ": " + point.override().reason()
                        + ")"), spcReading(spc.get(point.periodId())))).toList();
    }

    /** True where an amendment set the period's target: it differs in value from the target first set. */
    static boolean amended(SeriesPoint point) {
        if (point.originalTarget() == null || point.target() == null) {
            return false;
        }
        try {
            return new BigDecimal(point.originalTarget()).compareTo(new BigDecimal(point.target())) != 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String spcReading(SpcPointView point) {
        if (point == null) {
            return "";
        }
        if (point.ghosted()) {
            return "Left out of the calculation" + (point.ghostReason() == null ? "" : ": " + point.ghostReason());
        }
        String reading;
        try {
            reading = PointType.valueOf(point.pointType()).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            reading = "";
        }
        return point.rule() == null ? reading
                : reading + " (" + point.rule().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }
}
