package org.goldenthread.workbench.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.confluence.KpiSourceException;
import org.goldenthread.contract.ActionPlanView;
import org.goldenthread.render.Xml;
import org.goldenthread.rest.Role;
import org.goldenthread.workbench.WorkbenchUsers;
import org.goldenthread.workbench.pages.LoopbackKpiSource;

/**
 * {@code /action-plans}: every action plan the reader may see, read-only (scrutiny members see them as they are);
 * {@code /action-plans/new?kpi=}: the "Create linked action plan" form for a KPI's updaters and the performance team.
 */
public final class ActionPlansServlet extends SignedInServlet {

    private final URI restBase;

    public ActionPlansServlet(URI restBase) {
        this.restBase = restBase;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Optional<String> user)
            throws IOException {
        if ("/new".equals(request.getPathInfo())) {
            form(request, response, user);
            return;
        }
        List<ActionPlanView> plans;
        try {
            plans = new LoopbackKpiSource(restBase, Credentials.of(request)).actionPlans();
        } catch (KpiSourceException e) {
            Html.send(response, 502, user, "Action plans", "<h1>Action plans</h1><p role=\"alert\">"
                    + Xml.escape(e.getMessage()) + "</p>");
            return;
        }
        StringBuilder html = new StringBuilder("<h1>Action plans</h1><table class=\"wb-plans\"><caption>Action plans ")
                .append("for under-performing KPIs</caption><thead><tr><th scope=\"col\">Plan</th><th scope=\"col\">")
                .append("KPI</th><th scope=\"col\">Owner</th><th scope=\"col\">Due</th><th scope=\"col\">Progress")
                .append("</th><th scope=\"col\">Status</th></tr></thead><tbody>");
        for (ActionPlanView plan : plans) {
            html.append("<tr><th scope=\"row\">").append(Xml.escape(plan.title())).append("</th><td><a href=\"/kpis/")
                    .append(Xml.escape(plan.kpi())).append("\">").append(Xml.escape(plan.kpi())).append("</a></td><td>")
                    .append(Xml.escape(plan.owner())).append("</td><td>").append(Xml.escape(plan.due()))
                    .append("</td><td>").append(plan.progress()).append("%</td><td>")
                    .append(Xml.escape(plan.status().replace('_', ' ').toLowerCase(Locale.ROOT)))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
        if (plans.isEmpty()) {
            html.append("<p>No action plan yet.</p>");
        }
        Html.send(response, 200, user, "Action plans", html.toString());
    }

    private void form(HttpServletRequest request, HttpServletResponse response, Optional<String> user)
            throws IOException {
        String kpi = request.getParameter("kpi");
        Set<Role> roles = WorkbenchUsers.caller(user.get()).roles();
        if (KpiKeys.of(kpi).isEmpty()) {
            Html.send(response, 404, user, "No such KPI", "<h1>No such KPI</h1><p>Give the KPI's key, such as "
                    + "?kpi=WST-01.</p>");
            return;
        }
        if (!roles.contains(Role.UPDATER) && !roles.contains(Role.PERFORMANCE_TEAM)) {
            Html.send(response, 403, user, "Not yours to plan", "<h1>Not yours to plan</h1><p>Only a KPI's "
                    + "updaters and the performance team create its action plans.</p>");
            return;
        }
        String key = Xml.escape(kpi);
        String html = "<h1>Create linked action plan for " + key + "</h1>"
                + "<form id=\"wb-plan\" class=\"wb-form\" data-kpi=\"" + key + "\">"
                + field("title", "Title", "<input id=\"title\" name=\"title\" required size=\"50\">")
                + field("owner", "Owner", "<input id=\"owner\" name=\"owner\" required value=\""
                        + Xml.escape(user.get()) + "\">")
                + field("due", "Due by", "<input id=\"due\" name=\"due\" type=\"date\" required>")
                + field("progress", "Progress (%)", "<input id=\"progress\" name=\"progress\" type=\"number\" "
                        + "min=\"0\" max=\"100\" value=\"0\">")
                + field("description", "What will be done", "<textarea id=\"description\" name=\"description\" "
                        + "rows=\"3\" cols=\"50\"></textarea>")
                + field("milestones", "Milestones, one a line: date then title (2027-01-31 Contractor appointed)",
                        "<textarea id=\"milestones\" name=\"milestones\" rows=\"4\" cols=\"50\"></textarea>")
                + "<p><button type=\"submit\">Create action plan</button></p>"
                + "<p class=\"wb-error\" role=\"alert\" hidden></p></form><script src=\"/static/action-plan.js\">"
                + "</script>";
        Html.send(response, 200, user, "Create linked action plan", html);
    }

    private static String field(String id, String label, String input) {
        return "<p><label for=\"" + id + "\">" + Xml.escape(label) + "</label><br>" + input + "</p>";
    }
}
