package org.goldenthread.workbench.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.goldenthread.contract.KpiDetail;
import org.goldenthread.contract.MeasurementRow;
import org.goldenthread.contract.OverrideView;
import org.goldenthread.render.StatusText;
import org.goldenthread.render.Xml;

/**
 * The KPI page's corrections for the performance team: for each published period, a form that restates its figure and
 * one that overrides its status (or removes the override), each with its reason. {@code corrections.js} sends them to
 * the REST API, made to the period's version as the page showed it.
 */
final class CorrectionForms {
    private static final String PUBLISHED = "PUBLISHED";
    private static final String REASON = "name=\"reason\" required size=\"24\"";

    private CorrectionForms() {
    }

    static String html(KpiDetail kpi, List<MeasurementRow> rows) {
        List<MeasurementRow> published = new ArrayList<>(rows.stream()
                .filter(row -> PUBLISHED.equals(row.state()) && row.value() != null).toList());
        Collections.reverse(published);
        StringBuilder html = new StringBuilder("<h2>Corrections to published figures</h2>");
        if (published.isEmpty()) {
            return html.append("<p>No figure has been published yet.</p>").toString();
        }
        html.append("<table class=\"wb-plans wb-corrections\"><caption>Restate a published figure or override its ")
                .append("status, with the reason</caption><thead><tr><th scope=\"col\">Period</th>")
                .append("<th scope=\"col\">Figure</th><th scope=\"col\">Status</th><th scope=\"col\">Restate figure")
                .append("</th><th scope=\"col\">Override status</th></tr></thead><tbody>");
        for (MeasurementRow row : published) {
            html.append(row(kpi, row));
        }
        return html.append("</tbody></table><script src=\"/static/corrections.js\"></script>").toString();
    }

    private static String row(KpiDetail kpi, MeasurementRow row) {
        String id = Xml.escape(row.periodId());
        String period = Xml.escape(row.period());
        StringBuilder html = new StringBuilder("<tr data-kpi=\"").append(Xml.escape(kpi.key()))
                .append("\" data-period=\"").append(id).append("\" data-version=\"").append(row.version())
                .append("\"><th scope=\"row\">").append(period).append("</th><td>").append(Xml.escape(row.display()));
        if (row.restated() != null) {
            html.append(" <span class=\"gt-restated\">(").append(Xml.escape(row.restated().note())).append(")</span>");
        }
        html.append("</td><td>").append(Xml.escape(StatusText.of(row.status()).label()));
        OverrideView override = row.override();
        if (override != null) {
            html.append(" (overridden from ").append(Xml.escape(override.computedLabel())).append(": ")
                    .append(Xml.escape(override.reason())).append(')');
        }
        html.append("</td><td><form class=\"wb-correction\" data-change=\"restate\">")
                .append(field("restate-value-" + id, "New figure for " + row.period(),
                        "name=\"value\" inputmode=\"decimal\" required size=\"8\""))
                .append(field("restate-reason-" + id, "Reason for restating " + row.period(), REASON))
                .append("<p><button type=\"submit\">Restate ").append(period).append("</button></p></form></td><td>")
                .append("<form class=\"wb-correction\" data-change=\"override\"><p><label for=\"override-status-")
                .append(id).append("\">Status for ").append(period).append("</label> <select id=\"override-status-")
                .append(id).append("\" name=\"status\">");
        for (String status : kpi.compliance() ? List.of("MET", "NOT_MET") : List.of("GREEN", "AMBER", "RED")) {
            html.append("<option value=\"").append(status).append("\">").append(StatusText.of(status).label())
                    .append("</option>");
        }
        html.append("</select></p>")
                .append(field("override-reason-" + id, "Reason for overriding " + row.period(), REASON))
                .append("<p><button type=\"submit\">Override status</button></p></form>");
        if (override != null) {
            html.append("<form class=\"wb-correction\" data-change=\"remove\">")
                    .append(field("remove-reason-" + id, "Reason for removing the override of " + row.period(),
                            REASON))
                    .append("<p><button type=\"submit\">Remove override</button></p></form>");
        }
        return html.append("<p class=\"wb-error\" id=\"correction-error-").append(id)
                .append("\" role=\"alert\" hidden></p></td></tr>").toString();
    }

    private static String field(String id, String label, String attributes) {
        return "<p><label for=\"" + id + "\">" + Xml.escape(label) + "</label> <input id=\"" + id + "\" "
                + attributes + "></p>";
    }
}
