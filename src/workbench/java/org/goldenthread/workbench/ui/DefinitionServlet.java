package org.goldenthread.workbench.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.goldenthread.confluence.KpiSourceException;
import org.goldenthread.contract.KpiDetail;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.Unit;
import org.goldenthread.render.Xml;
import org.goldenthread.rest.Role;
import org.goldenthread.workbench.WorkbenchUsers;
import org.goldenthread.workbench.pages.LoopbackKpiSource;

/**
 * {@code /definitions/{key}}: a KPI's definition sheet, and for the performance team the form that changes it with a
 * reason; a change to what is measured, how, its unit or polarity starts a new definition version.
 */
public final class DefinitionServlet extends SignedInServlet {

    private final URI restBase;

    public DefinitionServlet(URI restBase) {
        this.restBase = restBase;
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
        KpiDetail kpi;
        try {
            kpi = new LoopbackKpiSource(restBase, Credentials.of(request)).kpi(key);
        } catch (KpiSourceException e) {
            int status = e.problem() == KpiSourceException.Problem.NOT_FOUND ? 404 : 502;
            Html.send(response, status, user, "No such KPI", "<h1>" + Xml.escape(key) + "</h1><p role=\"alert\">"
                    + Xml.escape(e.getMessage()) + "</p>");
            return;
        }
        String html = sheet(kpi);
        if (WorkbenchUsers.caller(user.get()).has(Role.PERFORMANCE_TEAM)) {
            html += form(kpi);
        }
        Html.send(response, 200, user, kpi.key() + " definition", html);
    }

    private static String sheet(KpiDetail kpi) {
        return "<h1>" + Xml.escape(kpi.key()) + " " + Xml.escape(kpi.title()) + "</h1><p><a href=\"/kpis/"
                + Xml.escape(kpi.key()) + "\">Figures, trend and action plans</a></p><dl class=\"wb-definition\">"
                + term("Definition version", String.valueOf(kpi.definitionVersion()))
                + term("Definition", kpi.definition()) + term("Rationale", kpi.rationale())
                + term("Calculation", kpi.calculation()) + term("Data source", kpi.dataSource())
                + term("Unit", Unit.valueOf(kpi.unit()).label() + ", " + kpi.decimals() + " decimal places")
                + term("Polarity", Polarity.valueOf(kpi.polarity()).label())
                + term("Frequency", kpi.frequency().toLowerCase(Locale.ROOT))
                + term("Directorate", kpi.directorate()) + term("Owner", kpi.owner())
                + term("Updaters", String.join(", ", kpi.updaters()))
                + term("Approver", kpi.approver() == null ? "head of directorate" : kpi.approver())
                + term("Lifecycle", kpi.lifecycle().toLowerCase(Locale.ROOT).replace('_', ' '))
                + "</dl>";
    }

    private static String form(KpiDetail kpi) {
        StringBuilder units = new StringBuilder();
        for (Unit unit : Unit.values()) {
            units.append(option(unit.name(), unit.label(), unit.name().equals(kpi.unit())));
        }
        StringBuilder polarities = new StringBuilder();
        for (Polarity polarity : Polarity.values()) {
            polarities.append(option(polarity.name(), polarity.label(), polarity.name().equals(kpi.polarity())));
        }
        return "<h2>Change the definition</h2><p>Changing the definition, calculation, unit or polarity starts "
                + "definition version " + (kpi.definitionVersion() + 1) + ": the series shows a break from the next "
                + "figure, direction of travel is not compared across it, and SPC starts new limits.</p>"
                + "<form id=\"wb-definition\" class=\"wb-form\" data-kpi=\"" + Xml.escape(kpi.key())
                + "\" data-version=\"" + kpi.version() + "\">"
                + field("title", "Title", "<input id=\"title\" name=\"title\" size=\"60\" value=\""
                        + Xml.escape(kpi.title()) + "\">")
                + field("definition", "Definition", textarea("definition", kpi.definition()))
                + field("rationale", "Rationale", textarea("rationale", kpi.rationale()))
                + field("calculation", "Calculation", textarea("calculation", kpi.calculation()))
                + field("data_source", "Data source", "<input id=\"data_source\" name=\"data_source\" size=\"60\" "
                        + "value=\"" + Xml.escape(kpi.dataSource()) + "\">")
                + field("unit", "Unit", "<select id=\"unit\" name=\"unit\">" + units + "</select>")
                + field("decimals", "Decimal places", "<input id=\"decimals\" name=\"decimals\" type=\"number\" "
                        + "min=\"0\" max=\"6\" value=\"" + kpi.decimals() + "\">")
                + field("polarity", "Polarity", "<select id=\"polarity\" name=\"polarity\">" + polarities
                        + "</select>")
                + field("reason", "Why it changes (kept in the audit log)", "<textarea id=\"reason\" name=\"reason\" "
                        + "rows=\"2\" cols=\"60\" required></textarea>")
                + "<p><button type=\"submit\">Save the definition</button></p>"
                + "<p class=\"wb-error\" role=\"alert\" hidden></p></form>"
                + "<script src=\"/static/definition.js\"></script>";
    }

    private static String term(String name, String value) {
        return "<dt>" + Xml.escape(name) + "</dt><dd>" + (value == null || value.isBlank() ? "none"
                : Xml.escape(value)) + "</dd>";
    }

    private static String field(String id, String label, String input) {
        return "<p><label for=\"" + id + "\">" + Xml.escape(label) + "</label><br>" + input + "</p>";
    }

    private static String textarea(String id, String value) {
        return "<textarea id=\"" + id + "\" name=\"" + id + "\" rows=\"3\" cols=\"60\">" + Xml.escape(value)
                + "</textarea>";
    }

    private static String option(String value, String label, boolean selected) {
        return "<option value=\"" + value + "\"" + (selected ? " selected" : "") + ">" + Xml.escape(label)
                + "</option>";
    }
}
