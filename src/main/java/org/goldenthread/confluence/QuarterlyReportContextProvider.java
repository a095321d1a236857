package org.goldenthread.confluence;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.PeriodFormatException;
import org.goldenthread.render.Xml;

/**
 * Fills the "Quarterly performance report" blueprint from its create dialog: the period ({@code latest} or one such as
 * {@code 2025/26 Q2}) and, optionally, the directorate. The page it makes holds our macros for that period and
 * directorate, so a committee paper written from it keeps showing the quarter it was written about.
 */
public class QuarterlyReportContextProvider extends AbstractBlueprintContextProvider {
    static final String PERIOD = "period";
    static final String DIRECTORATE = "directorate";

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        String period = period(text(context, PERIOD));
        String directorate = text(context, DIRECTORATE);
        String periodWords = period.equals("latest") ? "latest published quarter" : period;
        context.setTitle("Quarterly performance report: " + periodWords
                + (directorate.isEmpty() ? "" : ", " + directorate));
        context.put("reportIntro", "Performance for the " + periodWords + (directorate.isEmpty() ? ", all directorates"
                : ", " + directorate + " directorate") + ": the status of every KPI, the exceptions with their "
                + "commentary and action plans, and the full scorecard.");
        context.put("reportBodyHtml", body(period, directorate));
        return context;
    }

    /** The period as the macros take it: a label such as 2025/26 Q2, or latest for anything else. */
    static String period(String asked) {
        if (asked.isEmpty() || asked.equalsIgnoreCase("latest")) {
            return "latest";
        }
        try {
            return FinancialPeriod.parse(asked).label();
        } catch (PeriodFormatException e) {
            return "latest";
        }
    }

    private static String body(String period, String directorate) {
        String parameters = parameter(PERIOD, period) + (directorate.isEmpty() ? "" : parameter(DIRECTORATE,
                directorate));
        return "<h2>At a glance</h2>" + macro("kpi-summary", parameters)
                + "<h2>Exceptions</h2>" + macro("kpi-exceptions", parameters)
                + "<h2>Action plans</h2>" + macro("kpi-action-plans", parameters)
                + "<h2>Scorecard</h2>" + macro("kpi-scorecard", parameters);
    }

    private static String macro(String name, String parameters) {
        return "<ac:structured-macro ac:name=\"" + name + "\" ac:schema-version=\"1\">" + parameters
                + "</ac:structured-macro>";
    }

    private static String parameter(String name, String value) {
        return "<ac:parameter ac:name=\"" + name + "\">" + Xml.escape(value) + "</ac:parameter>";
    }

    private static String text(BlueprintContext context, String key) {
        return Optional.ofNullable(context.get(key)).map(Object::toString).map(String::strip).orElse("");
    }
}
