package org.goldenthread.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.contract.ExceptionView;
import org.goldenthread.render.ExceptionModel;

/** {@code kpi-exceptions}: red and amber KPIs first, then good news, each with commentary and action plans. */
public class KpiExceptionsMacro extends ReportMacro {
    public KpiExceptionsMacro(@ComponentImport TemplateRenderer renderer, KpiSource source) {
        super(renderer, source);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        MacroOnPage macro = new MacroOnPage("kpi-exceptions", parameters);
        try {
            List<ExceptionView> exceptions = source.exceptions(macro.parameter("period", "latest"),
                    macro.parameter("asPublished", ""), macro.parameter("directorate", ""));
            Map<String, Object> model = new HashMap<>();
            model.put("off", exceptions.stream().filter(e -> !e.good())
                    .map(e -> new ExceptionModel(e, source.kpiUrl(e.kpi().key()))).toList());
            model.put("good", exceptions.stream().filter(ExceptionView::good)
                    .map(e -> new ExceptionModel(e, source.kpiUrl(e.kpi().key()))).toList());
            return templates.render("kpi-exceptions", model);
        } catch (KpiSourceException e) {
            return templates.message(e, "the KPIs of this exception report");
        }
    }
}
