package org.goldenthread.workbench.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;
import org.goldenthread.confluence.KpiSourceException;
import org.goldenthread.contract.ActionPlanView;
import org.goldenthread.render.Xml;
import org.goldenthread.workbench.pages.LoopbackKpiSource;
import org.goldenthread.workbench.pages.PagePreview;
import org.goldenthread.workbench.pages.StorageFormatException;

/**
 * {@code /kpis/{key}}: one KPI's page, made of the same macros a Confluence page uses (its tile and trend graph with
 * the data table), and its action plans, read-only.
 */
public final class KpiPageServlet extends SignedInServlet {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,50}");

    private final URI restBase;
    private final transient PagePreview preview;

    public KpiPageServlet(URI restBase, PagePreview preview) {
        this.restBase = restBase;
        this.preview = preview;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Optional<String> user)
            throws IOException {
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!KEY.matcher(key).matches()) {
            Html.send(response, 404, user, "No such KPI", "<h1>No such KPI</h1>");
            return;
        }
        LoopbackKpiSource source = new LoopbackKpiSource(restBase, Credentials.of(request));
        String page = macro("kpi-tile", key, "") + macro("kpi-trend", key,
                "<ac:parameter ac:name=\"periods\">16</ac:parameter>");
        StringBuilder html = new StringBuilder("<h1>").append(Xml.escape(key)).append("</h1>");
        try {
            html.append(preview.render(page, source, "display")).append("<h2>Action plans</h2><ul>");
            for (ActionPlanView plan : source.actionPlans()) {
                if (plan.kpi().equals(key)) {
                    html.append("<li>").append(Xml.escape(plan.title())).append(": ").append(Xml.escape(plan.owner()))
                            .append(", due ").append(Xml.escape(plan.due())).append(", ").append(plan.progress())
                            .append("% done</li>");
                }
            }
            html.append("</ul>");
        } catch (StorageFormatException | KpiSourceException e) {
            html.append("<p role=\"alert\">").append(Xml.escape(e.getMessage())).append("</p>");
        }
        Html.send(response, 200, user, key, html.toString());
    }

    private static String macro(String name, String key, String more) {
        return "<ac:structured-macro ac:name=\"" + name + "\"><ac:parameter ac:name=\"kpi\">" + key
                + "</ac:parameter>" + more + "</ac:structured-macro>";
    }
}
