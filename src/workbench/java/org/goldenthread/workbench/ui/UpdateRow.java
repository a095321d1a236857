package org.goldenthread.workbench.ui;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.goldenthread.contract.ScorecardRowView;
import org.goldenthread.render.StatusText;
import org.goldenthread.render.Xml;
import org.goldenthread.rest.Role;

/** One KPI's row of the quarterly update page, with the controls for the steps the user may take on it now. */
final class UpdateRow {
    private UpdateRow() {
    }

    static String html(ScorecardRowView row, Set<Role> roles) {
        String state = row.state() == null ? "AWAITING_DATA" : row.state();
        String key = Xml.escape(row.key());
        StringBuilder html = new StringBuilder("<tr id=\"row-").append(key).append("\" data-kpi=\"").append(key)
                .append("\" data-period=\"").append(Xml.escape(row.periodId())).append("\" data-version=\"")
                .append(row.version() == null ? 0 : row.version()).append("\"><th scope=\"row\">")
                .append("<a href=\"/kpis/").append(key).append("\">").append(key).append("</a> ")
                .append(Xml.escape(row.title())).append("</th><td>").append(Xml.escape(row.period()))
                .append("</td><td class=\"wb-state\">").append(Xml.escape(words(state))).append("</td><td>")
                .append(row.display() == null ? "" : Xml.escape(row.display())).append("</td><td>")
                .append(status(row)).append("</td><td>");
        List<String> steps = row.steps() == null ? List.of() : row.steps();
        if (steps.contains("submit")) {
            html.append(submitForm(key));
        }
        if (steps.contains("verify")) {
            html.append(button("verify", "Verify", key));
        }
        if (steps.contains("sign-off")) {
            html.append(button("sign-off", "Sign off", key));
        }
        if (steps.contains("return")) {
            html.append(returnForm(key));
        }
        switch (state) {
            case "SIGNED_OFF" -> html.append("Ready to publish");
            case "PUBLISHED", "NO_DATA" -> html.append("Done");
            default -> {
                // waiting for someone with a part in this KPI's update
            }
        }
        boolean updater = roles.contains(Role.UPDATER);
        boolean team = roles.contains(Role.PERFORMANCE_TEAM);
        if ((updater || team) && Set.of("AWAITING_DATA", "SUBMITTED", "VERIFIED").contains(state)) {
            html.append(" <a class=\"wb-plan-link\" href=\"/action-plans/new?kpi=").append(key)
                    .append("\">Create linked action plan</a>");
        }
        return html.append("<p class=\"wb-error\" role=\"alert\" hidden></p></td></tr>").toString();
    }

    private static String status(ScorecardRowView row) {
        if (row.status() == null || row.display() == null) {
            return "";
        }
        StatusText status = StatusText.of(row.status());
        return "<span class=\"" + status.cssClass() + "\"><span class=\"gt-status-badge\" aria-hidden=\"true\">"
                + status.symbol() + "</span> " + status.label() + "</span>";
    }

    private static String submitForm(String key) {
        return "<form class=\"wb-step\" data-action=\"submit\"><p><label for=\"value-" + key + "\">Figure</label> "
                + "<input id=\"value-" + key + "\" name=\"value\" inputmode=\"decimal\" required size=\"8\"></p>"
                + "<p><label for=\"quality-" + key + "\">Data quality</label> <select id=\"quality-" + key
                + "\" name=\"dataQuality\"><option value=\"CONFIRMED\">Confirmed</option><option value="
                + "\"PROVISIONAL\">Provisional</option><option value=\"ESTIMATED\">Estimated</option></select></p>"
                + "<p><label for=\"commentary-" + key + "\">Commentary</label><br><textarea id=\"commentary-" + key
                + "\" name=\"commentary\" rows=\"3\" cols=\"40\"></textarea></p>"
                + "<p><button type=\"submit\">Submit " + key + "</button></p></form>";
    }

    private static String button(String action, String label, String key) {
        return "<button type=\"button\" class=\"wb-action\" data-action=\"" + action + "\">" + label + " " + key
                + "</button>";
    }

    private static String returnForm(String key) {
        return "<form class=\"wb-step\" data-action=\"return\"><p><label for=\"reason-" + key + "\">Reason to return"
                + "</label> <input id=\"reason-" + key + "\" name=\"reason\" size=\"24\"> <button type=\"submit\">"
                + "Return " + key + " for revision</button></p></form>";
    }

    private static String words(String state) {
        String words = state.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
