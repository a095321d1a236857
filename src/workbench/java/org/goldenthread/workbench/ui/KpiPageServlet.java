package org.goldenthread.workbench.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.goldenthread.confluence.KpiSourceException;
import org.goldenthread.contract.ActionPlanView;
import org.goldenthread.contract.AuditPage;
import org.goldenthread.contract.SpcView;
import org.goldenthread.render.Xml;
import org.goldenthread.rest.Role;
import org.goldenthread.workbench.WorkbenchUsers;
import org.goldenthread.workbench.pages.LoopbackKpiSource;
import org.goldenthread.workbench.pages.PagePreview;
import org.goldenthread.workbench.pages.StorageFormatException;

/**
 * {@code /kpis/{key}}: one KPI's page: its tile and trend graph with the data table (the same macros a Confluence
 * page uses), what SPC makes of it, its action plans (read-only), for the performance team the forms that restate a
 * published figure and override a status, and, for staff, its target amendments and audit log.
 */
public final class KpiPageServlet extends SignedInServlet {

    private final URI restBase;
    private final transient PagePreview preview;

    public KpiPageServlet(URI restBase, PagePreview preview) {
        this.restBase = restBase;
        this.preview = preview;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Optional<String> user)
            throws IOException {
        Optional<String> asked = KpiKeys.fromPath(request.getPathInfo());
        if (asked.isEmpty()) {
            Html.send(response, 404, user, "No such KPI", "<h1>No such KPI</h1>");
            return;
        }
        String key = asked.get();
        LoopbackKpiSource source = new LoopbackKpiSource(restBase, Credentials.of(request));
        String page = macro("kpi-tile", key, "") + macro("kpi-trend", key,
                "<ac:parameter ac:name=\"periods\">16</ac:parameter>");
        StringBuilder html = new StringBuilder("<h1>").append(Xml.escape(key)).append("</h1><p><a href=\"/definitions/")
                .append(Xml.escape(key)).append("\">Definition</a></p>");
        try {
            html.append(preview.render(page, source, "display"));
            html.append(spc(source.series(key, "").spc())).append(plans(key, source.actionPlans()));
            boolean performanceTeam = WorkbenchUsers.caller(user.get()).has(Role.PERFORMANCE_TEAM);
            if (performanceTeam) {
                html.append(CorrectionForms.html(source.kpi(key), source.measurements(key)));
            }
            html.append(ChartNotesSection.html(key, source.chartNotes(key), performanceTeam));
            html.append(TargetAmendmentsSection.html(source, key, user.get()));
            html.append(audit(source, key));
        } catch (StorageFormatException | KpiSourceException e) {
            html.append("<p role=\"alert\">").append(Xml.escape(e.getMessage())).append("</p>");
        }
        Html.send(response, 200, user, key, html.toString());
    }

    private static String spc(SpcView spc) {
        if (spc == null || spc.explanation() == null) {
            return "";
        }
        return "<h2>Statistical process control</h2><p>" + Xml.escape(spc.explanation()) + "</p>"
                + (spc.assuranceExplanation() == null ? "" : "<p>" + Xml.escape(spc.assuranceExplanation()) + "</p>");
    }

    private static String plans(String key, List<ActionPlanView> plans) {
        StringBuilder html = new StringBuilder("<h2>Action plans</h2><ul>");
        plans.stream().filter(plan -> plan.kpi().equals(key)).forEach(plan -> html.append("<li>")
                .append(Xml.escape(plan.title())).append(": ").append(Xml.escape(plan.owner())).append(", due ")
                .append(Xml.escape(plan.due())).append(", ").append(plan.progress()).append("% done</li>"));
        return html.append("</ul>").toString();
    }

    /** The newest changes to the KPI, for staff; scrutiny members are not shown the audit log. */
    private static String audit(LoopbackKpiSource source, String key) throws KpiSourceException {
        AuditPage page;
        try {
            page = source.audit(key);
        } catch (KpiSourceException e) {
            if (e.problem() == KpiSourceException.Problem.NO_PERMISSION) {
                return "";
            }
            throw e;
        }
        return "<h2>Audit log</h2>" + AuditTable.html(page);
    }

    private static String macro(String name, String key, String more) {
        return "<ac:structured-macro ac:name=\"" + name + "\"><ac:parameter ac:name=\"kpi\">" + key
                + "</ac:parameter>" + more + "</ac:structured-macro>";
    }
}
