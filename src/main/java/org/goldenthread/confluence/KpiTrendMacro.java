package org.goldenthread.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.Map;
import java.util.Set;
import org.goldenthread.render.ChartOptions;
import org.goldenthread.render.TrendChartLayout;
import org.goldenthread.render.TrendModel;

/**
 * {@code kpi-trend}: one KPI's trend graph with target, tolerance band, SPC limits and benchmarks, and its data table.
 * Inline SVG on screen; a PNG for PDF, Word and email, which drop inline SVG.
 */
public class KpiTrendMacro extends ReportMacro {
    private static final Set<String> IMAGE_OUTPUTS = Set.of("pdf", "word", "email");
    private static final int DEFAULT_PERIODS = 12;

    public KpiTrendMacro(@ComponentImport TemplateRenderer renderer, KpiSource source) {
        super(renderer, source);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        MacroOnPage macro = new MacroOnPage("kpi-trend", parameters);
        String key = macro.parameter("kpi", "");
        if (key.isEmpty()) {
            return templates.message("No KPI chosen.", "Edit the macro and give the key of a KPI, such as WST-01.");
        }
        int periods;
        try {
            periods = Integer.parseInt(macro.parameter("periods", String.valueOf(DEFAULT_PERIODS)));
        } catch (NumberFormatException e) {
            periods = -1;
        }
        if (periods < 1 || periods > 60) {
            return templates.message("Periods shown must be a whole number from 1 to 60.",
                    "It is '" + macro.parameter("periods", "") + "'.");
        }
        ChartOptions options = ChartOptions.STANDARD.withPeriods(periods)
                .withSpc(!macro.parameter("spc", "true").equalsIgnoreCase("false"))
                .withBenchmark(!macro.parameter("benchmark", "true").equalsIgnoreCase("false"));
        try {
            return templates.render("kpi-trend", "trend", new TrendModel(
                    TrendChartLayout.of(source.series(key, macro.parameter("asPublished", "")), options),
                    ElementIds.next(context, "gt-trend"),
                    IMAGE_OUTPUTS.contains(String.valueOf(context.getOutputType()))));
        } catch (KpiSourceException e) {
            return templates.message(e, "KPI " + key);
        }
    }
}
