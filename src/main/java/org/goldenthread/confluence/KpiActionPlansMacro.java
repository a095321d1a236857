package org.goldenthread.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.contract.ActionPlanView;
import org.goldenthread.contract.ExceptionView;
import org.goldenthread.contract.TileView;
import org.goldenthread.render.ActionPlanEntry;
import org.goldenthread.render.KpiRowModel;
import org.goldenthread.render.PlanModel;
import org.goldenthread.render.TileModel;

/**
 * {@code kpi-action-plans}: for scrutiny, the action plans of the KPIs that are off target, each with owner, due
 * date and progress, and the KPI's tile beside it. Read-only: it offers no way to change a plan.
 */
public class KpiActionPlansMacro extends ReportMacro {
    public KpiActionPlansMacro(@ComponentImport TemplateRenderer renderer, KpiSource source) {
        super(renderer, source);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        MacroOnPage macro = new MacroOnPage("kpi-action-plans", parameters);
        String period = macro.parameter("period", "latest");
        String asPublished = macro.parameter("asPublished", "");
        try {
            List<ExceptionView> offTarget = source.exceptions(period, asPublished, macro.parameter("directorate", ""))
                    .stream()
                    .filter(exception -> !exception.good() && !exception.actionPlans().isEmpty()).toList();
            Set<String> keys = new LinkedHashSet<>();
            offTarget.forEach(exception -> keys.add(exception.kpi().key()));
            Map<String, TileView> tiles = tiles(context, keys, period, asPublished);
            List<ActionPlanEntry> entries = new ArrayList<>();
            for (ExceptionView exception : offTarget) {
                String key = exception.kpi().key();
                String tileHtml = tiles.containsKey(key) ? templates.render("kpi-tile", "tile",
                        new TileModel(tiles.get(key), source.kpiUrl(key), ElementIds.next(context, "gt-tile"))) : "";
                for (ActionPlanView plan : exception.actionPlans()) {
                    entries.add(new ActionPlanEntry(new PlanModel(plan),
                            new KpiRowModel(exception.kpi(), source.kpiUrl(key)), tileHtml));
                }
            }
            return templates.render("kpi-action-plans", "entries", entries);
        } catch (KpiSourceException e) {
            return templates.message(e, "the KPIs of these action plans");
        }
    }

    /** The KPIs' tiles, fetched with the page's others; the plans still show, without tiles, if they cannot be had. */
    private Map<String, TileView> tiles(ConversionContext context, Set<String> keys, String period,
                                        String asPublished) {
        PageTiles pageTiles = PageTiles.of(context);
        Map<String, TileView> tiles = new HashMap<>();
        try {
            pageTiles.prefetch(source, List.copyOf(keys), period, asPublished);
            for (String key : keys) {
                Optional<TileView> tile = pageTiles.tile(context, source, key, period, asPublished);
                tile.ifPresent(found -> tiles.put(key, found));
            }
        } catch (KpiSourceException e) {
            tiles.clear();
        }
        return tiles;
    }
}
