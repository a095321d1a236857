package org.goldenthread.workbench.ui;

import java.util.List;
import java.util.Map;
import org.goldenthread.contract.ChartNoteView;
import org.goldenthread.render.Xml;

/**
 * The KPI page's notes on its trend graph: SPC rebases, ghosted points and annotations, each with its reason. The
 * performance team adds and removes them here, each with its reason; {@code chart-notes.js} sends them to the REST API.
 */
final class ChartNotesSection {
    private static final Map<String, String> KINDS = Map.of("rebase", "SPC rebase: new limits from this period",
            "ghost", "Ghosted point: left out of the SPC limits", "annotation", "Annotation on the graph");

    private ChartNotesSection() {
    }

    static String html(String key, List<ChartNoteView> notes, boolean performanceTeam) {
        StringBuilder html = new StringBuilder("<h2>Notes on the trend graph</h2>");
        if (notes.isEmpty()) {
            html.append("<p>No rebase, ghosted point or annotation.</p>");
        } else {
            html.append("<table class=\"wb-plans wb-chart-notes\"><caption>Rebases, ghosted points and ")
                    .append("annotations</caption><thead><tr><th scope=\"col\">Period</th>")
                    .append("<th scope=\"col\">Kind</th><th scope=\"col\">Reason or ")
                    .append("note</th>").append(performanceTeam ? "<th scope=\"col\">Remove</th>" : "")
                    .append("</tr></thead><tbody>");
            for (ChartNoteView note : notes) {
                html.append("<tr><th scope=\"row\">").append(Xml.escape(note.period())).append("</th><td>")
                        .append(Xml.escape(KINDS.getOrDefault(note.kind(), note.kind()))).append("</td><td>")
                        .append(Xml.escape(note.note())).append("</td>");
                if (performanceTeam) {
                    html.append("<td>").append(removeForm(key, note)).append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</tbody></table>");
        }
        if (performanceTeam) {
            html.append(addForm(key)).append("<script src=\"/static/chart-notes.js\"></script>");
        }
        return html.toString();
    }

    private static String removeForm(String key, ChartNoteView note) {
        String id = Xml.escape(note.kind() + "-" + note.periodId());
        return "<form class=\"wb-chart-note\" data-kpi=\"" + Xml.escape(key) + "\" data-kind=\""
                + Xml.escape(note.kind()) + "\" data-period=\"" + Xml.escape(note.periodId())
                + "\"><p><label for=\"remove-note-" + id
                + "\">Why remove the " + Xml.escape(note.kind()) + " at " + Xml.escape(note.period())
                + "</label> <input id=\"remove-note-" + id + "\" name=\"reason\" required size=\"24\">"
                + " <button type=\"submit\">Remove</button></p><p class=\"wb-error\" role=\"alert\" hidden></p></form>";
    }

    private static String addForm(String key) {
        StringBuilder kinds = new StringBuilder();
        KINDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(kind -> kinds.append("<option value=\"")
                .append(kind.getKey()).append("\">").append(Xml.escape(kind.getValue())).append("</option>"));
        return "<form id=\"wb-add-note\" class=\"wb-chart-note wb-form\" data-kpi=\"" + Xml.escape(key) + "\">"
                + "<fieldset><legend>Add a note</legend>"
                + "<p><label for=\"note-kind\">Kind</label><br><select id=\"note-kind\" name=\"kind\">" + kinds
                + "</select></p><p><label for=\"note-period\">Period, such as 2025/26 Q2</label><br>"
                + "<input id=\"note-period\" name=\"period\" required size=\"12\"></p>"
                + "<p><label for=\"note-text\">Reason, or the annotation's words</label><br>"
                + "<input id=\"note-text\" name=\"note\" required size=\"50\"></p>"
                + "<p><button type=\"submit\">Add note</button></p><p class=\"wb-error\" role=\"alert\" hidden></p>"
                + "</fieldset></form>";
    }
}
