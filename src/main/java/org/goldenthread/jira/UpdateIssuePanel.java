package org.goldenthread.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.contract.MeasurementRow;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.render.StatusText;
import org.goldenthread.render.Xml;
import org.goldenthread.rest.ApiException;
import org.goldenthread.rest.AppVersion;
import org.goldenthread.rest.Callers;
import org.goldenthread.rest.KpiResource;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.store.UpdateIssues;

/**
 * Golden Thread's panel on a KPI's update issue: the period's figure as entered and the status it gets, with the
 * periods before it, as the reader may see them, read through the API's own permission checks.
 */
public class UpdateIssuePanel implements ContextProvider {
    /** The periods shown before the update's own. */
    static final int BEFORE = 4;

    private final PageBuilderService pages;
    private final Repositories store;
    private final Callers callers;

    public UpdateIssuePanel(@JiraImport PageBuilderService pages, Repositories store, Callers callers) {
        this.pages = pages;
        this.store = store;
        this.callers = callers;
    }

    @Override
    public void init(Map<String, String> params) {
        // nothing to set up
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Optional<UpdateIssues.UpdateOf> update = context.get("issue") instanceof Issue issue && issue.getId() != null
                ? store.updateIssues().updateOf(issue.getId()) : Optional.empty();
        return Map.of("panelHtml", update.map(this::panel).orElse(""));
    }

    private String panel(UpdateIssues.UpdateOf update) {
        Optional<StoredKpi> kpi = store.kpis().find(update.kpiKey());
        if (kpi.isEmpty()) {
            return "";
        }
        pages.assembler().resources().requireWebResource(AppVersion.pluginKey() + ":issue-panel-styles");
        FinancialPeriod period = FinancialPeriod.parse(update.periodId(), kpi.get().definition().frequency());
        FinancialPeriod first = period;
        for (int i = 0; i < BEFORE; i++) {
            first = first.previous();
        }
        try {
            List<MeasurementRow> rows = new KpiResource(store, callers).measurements(null, update.kpiKey(),
                    first.id(), period.id());
            return table(kpi.get(), period, rows);
        } catch (ApiException e) {
            return "<p class=\"gt-macro-message\" role=\"note\">" + Xml.escape(e.getMessage()) + "</p>";
        }
    }

    private static String table(StoredKpi kpi, FinancialPeriod period, List<MeasurementRow> rows) {
        StringBuilder html = new StringBuilder("<table class=\"gt-update-history\"><caption>")
                .append(Xml.escape(kpi.definition().key() + " " + kpi.definition().title())).append(": ")
                .append(Xml.escape(period.label())).append(" and the periods before it</caption><thead><tr>")
                .append("<th scope=\"col\">Period</th><th scope=\"col\">Figure</th><th scope=\"col\">Target</th>")
                .append("<th scope=\"col\">Status</th><th scope=\"col\">Commentary</th></tr></thead><tbody>");
        if (rows.stream().noneMatch(row -> row.periodId().equals(period.id()))) {
            html.append("<tr><th scope=\"row\">").append(Xml.escape(period.label())).append(" (this update)</th>")
                    .append("<td colspan=\"4\">No figure entered yet</td></tr>");
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            MeasurementRow row = rows.get(i);
            boolean current = row.periodId().equals(period.id());
            StatusText status = StatusText.of(row.status());
            html.append("<tr><th scope=\"row\">").append(Xml.escape(row.period()))
                    .append(current ? " (this update)" : "").append("</th><td>")
                    .append(row.display() == null ? "Not yet released" : Xml.escape(row.display())).append("</td><td>")
                    .append(Xml.escape(row.target())).append("</td><td>")
                    .append(row.display() == null ? "" : "<span class=\"" + status.cssClass() + "\"><span "
                            + "class=\"gt-status-badge\" aria-hidden=\"true\">" + status.symbol() + "</span> "
                            + Xml.escape(status.label()) + "</span>: " + Xml.escape(row.explanation()))
                    .append("</td><td>").append(Xml.escape(row.commentary())).append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }
}
