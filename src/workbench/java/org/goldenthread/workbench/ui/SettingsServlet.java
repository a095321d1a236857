package org.goldenthread.workbench.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.goldenthread.confluence.KpiSourceException;
import org.goldenthread.contract.SettingsView;
import org.goldenthread.render.Xml;
import org.goldenthread.workbench.pages.LoopbackKpiSource;

/** {@code /settings}: the council's settings for administrators, with the log of their changes. */
public final class SettingsServlet extends SignedInServlet {
    private static final List<String[]> JUDGEMENTS = List.of(new String[] {"GREEN", "Green"},
            new String[] {"AMBER", "Amber"}, new String[] {"RED", "Red"}, new String[] {"MET", "Met"},
            new String[] {"NOT_MET", "Not met"});

    private final URI restBase;

    public SettingsServlet(URI restBase) {
        this.restBase = restBase;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Optional<String> user)
            throws IOException {
        LoopbackKpiSource source = new LoopbackKpiSource(restBase, Credentials.of(request));
        String html;
        try {
            html = form(source.settings()) + "<h2>Changes</h2>" + AuditTable.html(source.settingsAudit());
        } catch (KpiSourceException e) {
            int status = e.problem() == KpiSourceException.Problem.NO_PERMISSION ? 403 : 502;
            Html.send(response, status, user, "Settings", "<h1>Settings</h1><p role=\"alert\">"
                    + (status == 403 ? "The settings are for administrators." : Xml.escape(e.getMessage()))
                    + "</p>");
            return;
        }
        Html.send(response, 200, user, "Settings", html);
    }

    private static String form(SettingsView settings) {
        Period lag = Period.parse(settings.submissionLag());
        boolean inDays = lag.getDays() != 0 || lag.toTotalMonths() == 0;
        StringBuilder html = new StringBuilder("<h1>Settings</h1><form id=\"wb-settings\" class=\"wb-form\" ")
                .append("data-version=\"").append(settings.version()).append("\">")
                .append("<fieldset><legend>Status</legend>")
                .append(field("tolerancePercent", "Council tolerance (% of target) for KPIs without their own",
                        "<input id=\"tolerancePercent\" name=\"tolerancePercent\" type=\"number\" min=\"0\" "
                                + "max=\"100\" step=\"any\" required value=\""
                                + Xml.escape(settings.tolerancePercent()) + "\">"))
                .append("<p><label for=\"lagAmount\">A period's figure is due</label><br>")
                .append("<input id=\"lagAmount\" name=\"lagAmount\" type=\"number\" min=\"0\" required value=\"")
                .append(inDays ? lag.getDays() : lag.toTotalMonths()).append("\"> ")
                .append("<select id=\"lagUnit\" name=\"lagUnit\" aria-label=\"Unit\">")
                .append(option("D", "days", inDays)).append(option("M", "months", !inDays))
                .append("</select> after it ends</p></fieldset>")
                .append("<fieldset><legend>Commentary is required when the status is</legend>");
        for (String[] status : JUDGEMENTS) {
            html.append(checkbox("commentary-" + status[0], "commentaryRequiredFor", status[0], status[1],
                    settings.commentaryRequiredFor().contains(status[0])));
        }
        html.append(checkbox("commentaryOnExceptions", "commentaryOnExceptions", "true",
                        "and whenever an exception is raised", settings.commentaryOnExceptions()))
                .append("</fieldset><fieldset><legend>Action plans and sign-off</legend>")
                .append(field("actionPlanAfterAmberPeriods", "An action plan is also required after this many "
                        + "periods in a row at amber (empty: never; red always needs one)",
                        "<input id=\"actionPlanAfterAmberPeriods\" name=\"actionPlanAfterAmberPeriods\" "
                                + "type=\"number\" min=\"1\" max=\"12\" value=\""
                                + (settings.actionPlanAfterAmberPeriods() == null ? ""
                                : settings.actionPlanAfterAmberPeriods()) + "\">"))
                .append(checkbox("separationOfDuties", "separationOfDuties", "true", "Separation of duties: whoever "
                        + "submits an update may not verify or sign it off", settings.separationOfDuties()))
                .append("</fieldset><fieldset><legend>Reporting</legend>")
                .append(checkbox("publicReporting", "publicReporting", "true", "Public reporting: published "
                        + "figures of KPIs marked public may be read without signing in", settings.publicReporting()))
                .append("<fieldset><legend>Councillors read reports</legend>")
                .append(radio("JIRA_ACCOUNTS", "with their own Jira accounts",
                        settings.councillorReadMode().equals("JIRA_ACCOUNTS")))
                .append(radio("REPORTING", "through the reporting link, without Jira accounts (published "
                        + "figures of public KPIs only)", settings.councillorReadMode().equals("REPORTING")))
                .append("</fieldset>")
                .append(field("authorityCode", "The council's authority code in benchmark files",
                        "<input id=\"authorityCode\" name=\"authorityCode\" value=\""
                                + Xml.escape(settings.authorityCode()) + "\">"))
                .append("</fieldset><p><button type=\"submit\">Save settings</button></p>")
                .append("<p class=\"wb-error\" role=\"alert\" hidden></p></form>")
                .append("<script src=\"/static/settings.js\"></script>");
        return html.toString();
    }

    private static String field(String id, String label, String input) {
        return "<p><label for=\"" + id + "\">" + Xml.escape(label) + "</label><br>" + input + "</p>";
    }

    private static String checkbox(String id, String name, String value, String label, boolean checked) {
        return "<p><input type=\"checkbox\" id=\"" + id + "\" name=\"" + name + "\" value=\"" + value + "\""
                + (checked ? " checked" : "") + "> <label for=\"" + id + "\">" + Xml.escape(label) + "</label></p>";
    }

    private static String radio(String value, String label, boolean checked) {
        String id = "readMode-" + value;
        return "<p><input type=\"radio\" id=\"" + id + "\" name=\"councillorReadMode\" value=\"" + value + "\""
                + (checked ? " checked" : "") + "> <label for=\"" + id + "\">" + Xml.escape(label) + "</label></p>";
    }

    private static String option(String value, String label, boolean selected) {
        return "<option value=\"" + value + "\"" + (selected ? " selected" : "") + ">" + label + "</option>";
    }
}
