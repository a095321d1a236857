package org.goldenthread.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.HashMap;
import java.util.Map;
import org.goldenthread.contract.ScorecardView;
import org.goldenthread.render.KpiRowModel;

/**
 * {@code kpi-scorecard}: a table of KPIs filtered by directorate, level, priority, status or label, with figure,
 * target, status, direction of travel and commentary.
 */
public class KpiScorecardMacro extends ReportMacro {
    public KpiScorecardMacro(@ComponentImport TemplateRenderer renderer, KpiSource source) {
        super(renderer, source);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        MacroOnPage macro = new MacroOnPage("kpi-scorecard", parameters);
        String period = macro.parameter("period", "latest");
        Map<String, String> filters = MacroFilters.of(macro);
        try {
            ScorecardView scorecard = source.scorecard(period, macro.parameter("asPublished", ""), filters);
            Map<String, Object> model = new HashMap<>();
            model.put("caption", MacroFilters.caption("Scorecard", period, filters));
            model.put("rows", scorecard.rows().stream()
                    .map(row -> new KpiRowModel(row, source.kpiUrl(row.key()))).toList());
            return templates.render("kpi-scorecard", model);
        } catch (KpiSourceException e) {
            return templates.message(e, "the KPIs of this scorecard");
        }
    }
}
