package org.goldenthread.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.HashMap;
import java.util.Map;
import org.goldenthread.contract.ScorecardView;
import org.goldenthread.render.StatusCountModel;

/** {@code kpi-summary}: how many KPIs have each status, for a filter, as words and numbers and a small bar. */
public class KpiSummaryMacro extends ReportMacro {
    public KpiSummaryMacro(@ComponentImport TemplateRenderer renderer, KpiSource source) {
        super(renderer, source);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        MacroOnPage macro = new MacroOnPage("kpi-summary", parameters);
        String period = macro.parameter("period", "latest");
        Map<String, String> filters = MacroFilters.of(macro);
        try {
            ScorecardView scorecard = source.scorecard(period, macro.parameter("asPublished", ""), filters);
            Map<String, Object> model = new HashMap<>();
            model.put("caption", MacroFilters.caption("KPIs by status", period, filters));
            model.put("counts", StatusCountModel.of(scorecard.counts()));
            return templates.render("kpi-summary", model);
        } catch (KpiSourceException e) {
            return templates.message(e, "the KPIs of this summary");
        }
    }
}
