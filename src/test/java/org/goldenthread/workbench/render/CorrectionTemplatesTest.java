package org.goldenthread.workbench.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.goldenthread.contract.DirectionView;
import org.goldenthread.contract.OverrideView;
import org.goldenthread.contract.RestatementView;
import org.goldenthread.contract.ScorecardRowView;
import org.goldenthread.contract.TileView;
import org.goldenthread.render.KpiRowModel;
import org.goldenthread.render.TileModel;
import org.goldenthread.workbench.PluginDescriptor;
import org.junit.jupiter.api.Test;

/** A tile and a scorecard say in words that a status was overridden and a figure restated, never by colour alone. */
class CorrectionTemplatesTest {
    private static final String REASON = "Depot fire <b>closed</b> two rounds";
    private final VelocityTemplates templates =
            new VelocityTemplates(PluginDescriptor.fromClasspath().velocityAllowlist());

    @Test
    void aTileSaysTheStatusWasOverriddenFromTheOneWorkedOutAndWhy() throws Exception {
        String html = tile(row(override(), null));

        assertThat(html).contains("<strong>Amber</strong> (overridden from Red: Depot fire &lt;b&gt;closed&lt;/b&gt; "
                + "two rounds): worse than target, within tolerance").doesNotContain("gt-tile-restated");
    }

    @Test
    void aTileAsPublishedSaysTheFigureHasSinceBeenRestated() throws Exception {
        String html = tile(row(null, restated("published", "Restated on 3 November 2025: now 63.0%")));

        assertThat(html).contains("<p class=\"gt-tile-value\">61.0%</p>",
                "<p class=\"gt-tile-restated\">Restated on 3 November 2025: now 63.0%</p>");
    }

    @Test
    void aTileOfAFigureNeverRestatedOrOverriddenReadsAsBefore() throws Exception {
        String html = tile(row(null, null));

        assertThat(html).contains("<strong>Amber</strong>: worse than target").doesNotContain("overridden",
                "Restated");
    }

    @Test
    void aScorecardRowSaysBoth() throws Exception {
        StringWriter out = new StringWriter();
        templates.render("templates/kpi-scorecard.vm", Map.of("caption", "Scorecard", "rows",
                List.of(new KpiRowModel(row(override(), restated("restated", "Restated on 3 November 2025 "
                        + "(published as 61.0%): late returns")), "/kpis/WST-01"))), out);

        assertThat(out.toString()).contains("61.0% <span class=\"gt-restated\">(Restated on 3 November 2025 "
                + "(published as 61.0%): late returns)</span>", "Amber (overridden from Red: Depot fire");
    }

    private String tile(ScorecardRowView row) throws Exception {
        TileView tile = new TileView(row, "PERCENT", null, null, null, null, null, null, List.of(), "", "head",
                false);
        StringWriter out = new StringWriter();
        templates.render("templates/kpi-tile.vm", Map.of("tile", new TileModel(tile, "/kpis/WST-01", "gt-tile-1")),
                out);
        return out.toString();
    }

    private static ScorecardRowView row(OverrideView override, RestatementView restated) {
        return new ScorecardRowView("WST-01", "Household waste recycled", "Place", "STRATEGIC", "", "2025-26-Q1",
                "2025/26 Q1", "61.0", "61.0%", "64.0%", "AMBER", "Amber", "Explained.",
                new DirectionView("WORSENING", "IMPROVING"), "CONFIRMED", "", "PUBLISHED", 2, restated, override, List.of());
    }

    private static OverrideView override() {
        return new OverrideView("AMBER", "Amber", "RED", "Red", REASON, "perf", "2025-11-03T10:00:00Z",
                "Amber (overridden from Red: " + REASON + ")");
    }

    private static RestatementView restated(String shown, String note) {
        return new RestatementView("61.0", "61.0%", "63.0", "63.0%", shown, "2025-11-03T10:00:00Z", "2025-11-03",
                "perf", "late returns", note);
    }
}
