package org.goldenthread.render;

import org.goldenthread.contract.DirectionView;
import org.goldenthread.contract.ScorecardRowView;

/** One KPI at one period as a table row shows it: figure, target, status in words, direction, commentary. */
public final class KpiRowModel {
    private final ScorecardRowView row;
    private final String url;

    public KpiRowModel(ScorecardRowView row, String url) {
        this.row = row;
        this.url = url;
    }

    public String getKey() {
        return row.key();
    }

    public String getTitle() {
        return row.title();
    }

    public String getUrl() {
        return url;
    }

    public String getPeriod() {
        return row.period() == null ? "" : row.period();
    }

    public String getValue() {
        return row.display() == null ? "No figure" : row.display();
    }

    public String getTarget() {
        return row.target() == null ? "None" : row.target();
    }

    public String getStatusLabel() {
        return StatusText.of(row.status()).label();
    }

    public String getOverriddenFrom() {
        return CorrectionText.overriddenFrom(row);
    }

    public String getRestated() {
        return CorrectionText.restated(row);
    }

    public String getStatusSymbol() {
        return StatusText.of(row.status()).symbol();
    }

    public String getStatusClass() {
        return StatusText.of(row.status()).cssClass();
    }

    public String getDirection() {
        DirectionView direction = row.direction();
        return DirectionText.of(direction == null ? null : direction.previous()).words();
    }

    public String getDirectionArrow() {
        DirectionView direction = row.direction();
        return DirectionText.of(direction == null ? null : direction.previous()).arrow();
    }

    public String getCommentary() {
        return row.commentary() == null ? "" : row.commentary();
    }
}
