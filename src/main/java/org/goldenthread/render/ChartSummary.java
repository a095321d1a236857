package org.goldenthread.render;

import java.util.List;
import org.goldenthread.contract.SeriesView;
import org.goldenthread.contract.SeriesView.SeriesPoint;

/** The sentence a screen reader hears for a trend graph: what it covers, where the KPI stands, and what SPC says. */
final class ChartSummary {
    private ChartSummary() {
    }

    static String of(SeriesView series, List<SeriesPoint> points, boolean spc) {
        StringBuilder text = new StringBuilder("Trend of ").append(series.title());
        if (points.isEmpty()) {
            return text.append(": no figures yet.").toString();
        }
        text.append(", ").append(points.size()).append(points.size() == 1 ? " period" : " periods").append(" from ")
                .append(points.get(0).period()).append(" to ").append(points.get(points.size() - 1).period())
                .append('.');
        points.stream().filter(point -> point.value() != null).reduce((a, b) -> b).ifPresent(latest -> {
            StatusText status = StatusText.of(latest.status());
            text.append(" Latest, ").append(latest.period()).append(": ").append(latest.display());
            if (latest.targetDisplay() != null) {
                text.append(" against a target of ").append(latest.targetDisplay());
            }
            text.append(", ").append(status.label()).append(" (").append(status.meaning()).append(").");
        });
        if (spc && series.spc() != null && series.spc().explanation() != null) {
            text.append(' ').append(series.spc().explanation());
        }
        return text.toString();
    }
}
