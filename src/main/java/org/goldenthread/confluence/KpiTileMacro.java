package org.goldenthread.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.contract.TileView;
import org.goldenthread.render.TileModel;

/**
 * {@code kpi-tile}: one KPI's value, target, status in words and symbol, direction of travel, SPC icons, sparkline and
 * the reasons behind its status. All the tiles on a page come from one request.
 */
public class KpiTileMacro extends ReportMacro {
    public KpiTileMacro(@ComponentImport TemplateRenderer renderer, KpiSource source) {
        super(renderer, source);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        MacroOnPage macro = new MacroOnPage("kpi-tile", parameters);
        String key = macro.parameter("kpi", "");
        if (key.isEmpty()) {
            return templates.message("No KPI chosen.", "Edit the macro and give the key of a KPI, such as WST-01.");
        }
        try {
            Optional<TileView> tile = PageTiles.of(context).tile(context, source, key,
                    macro.parameter("period", "latest"), macro.parameter("asPublished", ""));
            if (tile.isEmpty()) {
                return templates.message("Unknown KPI.", "There is no KPI " + key + ", or you may not see it.");
            }
            return templates.render("kpi-tile", "tile", new TileModel(tile.get(), source.kpiUrl(key),
                    ElementIds.next(context, "gt-tile")));
        } catch (KpiSourceException e) {
            return templates.message(e, "KPI " + key);
        }
    }
}
