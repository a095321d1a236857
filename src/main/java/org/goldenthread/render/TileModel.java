package org.goldenthread.render;

import java.util.Locale;
import org.goldenthread.contract.DirectionView;
import org.goldenthread.contract.ScorecardRowView;
import org.goldenthread.contract.TileView;

/**
 * What the {@code kpi-tile} template shows for one KPI. A JavaBean, as Atlassian's Velocity reads getters only; every
 * getter is in the plugin's velocity allowlist, and only {@link #getSparklineHtml()} is written unescaped.
 */
public final class TileModel {
    private final TileView tile;
    private final String kpiUrl;
    private final String elementId;

    public TileModel(TileView tile, String kpiUrl, String elementId) {
        this.tile = tile;
        this.kpiUrl = kpiUrl;
        this.elementId = elementId;
    }

    private ScorecardRowView row() {
        return tile.kpi();
    }

    private StatusText status() {
        return StatusText.of(row().status());
    }

    public String getKey() {
        return row().key();
    }

    public String getTitle() {
        return row().title();
    }

    public String getPeriod() {
        return row().period() == null ? "" : row().period();
    }

    public String getValue() {
        return row().display() == null ? "No figure" : row().display();
    }

    public String getTarget() {
        return row().target() == null ? "No target" : row().target();
    }

    public String getStatusLabel() {
        return status().label();
    }

    /** "overridden from Red: the depot fire" for a status the performance team overrode; otherwise empty. */
    public String getOverriddenFrom() {
        return CorrectionText.overriddenFrom(row());
    }

    /** "Restated on 3 November 2025: now 63.0%" for a figure restated since it was published; otherwise empty. */
    public String getRestated() {
        return CorrectionText.restated(row());
    }

    public String getStatusMeaning() {
        return status().meaning();
    }

    public String getStatusSymbol() {
        return status().symbol();
    }

    public String getStatusClass() {
        return status().cssClass();
    }

    public String getDirection() {
        DirectionView direction = row().direction();
        DirectionText previous = DirectionText.of(direction == null ? null : direction.previous());
        return previous.words() + " on the previous period";
    }

    public String getDirectionArrow() {
        DirectionView direction = row().direction();
        return DirectionText.of(direction == null ? null : direction.previous()).arrow();
    }

    public String getLastYear() {
        DirectionView direction = row().direction();
        return DirectionText.of(direction == null ? null : direction.lastYear()).words()
                + " on the same period last year";
    }

    public String getVariation() {
        return tile.variationLabel() == null ? "" : tile.variationLabel();
    }

    public String getVariationLetter() {
        return tile.variationLetter() == null ? "" : tile.variationLetter();
    }

    public String getAssurance() {
        return tile.assuranceLabel() == null ? "" : tile.assuranceLabel();
    }

    public String getAssuranceLetter() {
        return tile.assuranceLetter() == null ? "" : tile.assuranceLetter();
    }

    public String getSparklineHtml() {
        return Sparkline.svg(tile.sparkline());
    }

    public boolean isProvisional() {
        return tile.provisional();
    }

    public String getDataQuality() {
        return row().dataQuality() == null || row().dataQuality().equals("CONFIRMED") ? ""
                : row().dataQuality().charAt(0) + row().dataQuality().substring(1).toLowerCase(Locale.ROOT);
    }

    public String getExplanation() {
        return row().explanation() == null ? "" : row().explanation();
    }

    public String getCommentary() {
        return row().commentary() == null ? "" : row().commentary();
    }

    public String getRationale() {
        return tile.rationale() == null ? "" : tile.rationale();
    }

    public String getOwner() {
        return tile.owner() == null ? "" : tile.owner();
    }

    public String getUrl() {
        return kpiUrl;
    }

    public String getId() {
        return elementId;
    }
}
