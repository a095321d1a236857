package org.goldenthread.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.contract.ActionPlanView;
import org.goldenthread.contract.TileRequest;
import org.goldenthread.contract.TileView;
import org.goldenthread.render.ChartOptions;
import org.goldenthread.render.TileModel;
import org.goldenthread.render.TrendChartLayout;
import org.goldenthread.render.TrendModel;
import org.goldenthread.render.Xml;
import org.goldenthread.rest.ApiException;
import org.goldenthread.rest.AppVersion;
import org.goldenthread.rest.Callers;
import org.goldenthread.rest.KpiResource;
import org.goldenthread.rest.ReportResource;
import org.goldenthread.rest.SeriesResource;
import org.goldenthread.store.Repositories;

/**
 * Golden Thread's panel on a KPI's issue: the KPI's tile with the reasons for its status, its trend graph with the
 * history table, and its action plans, read in Jira through the same API, and so the same permission checks, as a
 * Confluence page's macros; drawn with the macros' own templates.
 */
public class KpiIssuePanel implements ContextProvider {
    private static final int PERIODS = 12;

    private final TemplateRenderer templates;
    private final PageBuilderService pages;
    private final Repositories store;
    private final Callers callers;

    public KpiIssuePanel(@ComponentImport TemplateRenderer templates, @JiraImport PageBuilderService pages,
                         Repositories store, Callers callers) {
        this.templates = templates;
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
        Optional<String> kpi = context.get("issue") instanceof Issue issue && issue.getId() != null
                ? KpiIssueCondition.kpiShownBy(issue.getId(), store) : Optional.empty();
        return Map.of("panelHtml", kpi.map(this::panel).orElse(""));
    }

    private String panel(String key) {
        pages.assembler().resources().requireWebResource(AppVersion.pluginKey() + ":issue-panel-styles");
        try {
            List<TileView> tiles = new ReportResource(store, callers).tiles(null, new TileRequest(List.of(key),
                    "latest", "")).tiles();
            if (tiles.isEmpty()) {
                return "";
            }
            String tile = render("kpi-tile", "tile", new TileModel(tiles.get(0), "#", "gt-issue-tile"));
            String trend = render("kpi-trend", "trend", new TrendModel(TrendChartLayout.of(
                    new SeriesResource(store, callers).series(null, key, null, null, ""),
                    ChartOptions.STANDARD.withPeriods(PERIODS)), "gt-issue-trend", false));
            return tile + trend + plans(new KpiResource(store, callers).actionPlans(null, key));
        } catch (ApiException e) {
            return "<p class=\"gt-macro-message\" role=\"note\">" + Xml.escape(e.getMessage()) + "</p>";
        }
    }

    private String render(String template, String name, Object model) {
        StringWriter html = new StringWriter();
        try {
            templates.render("templates/" + template + ".vm", Map.of(name, model), html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    private static String plans(List<ActionPlanView> plans) {
        if (plans.isEmpty()) {
            return "<p>No action plan.</p>";
        }
        StringBuilder html = new StringBuilder("<h3>Action plans</h3><ul class=\"gt-issue-plans\">");
        for (ActionPlanView plan : plans) {
            html.append("<li>").append(Xml.escape(plan.title())).append(": ").append(Xml.escape(plan.owner()))
                    .append(", due ").append(Xml.escape(plan.due())).append(", ").append(plan.progress())
                    .append("% done, ").append(Xml.escape(plan.status().replace('_', ' ').toLowerCase(Locale.ROOT)))
                    .append("</li>");
        }
        return html.append("</ul>").toString();
    }
}
