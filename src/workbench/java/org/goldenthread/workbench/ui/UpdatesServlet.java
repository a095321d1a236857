package org.goldenthread.workbench.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.confluence.KpiSourceException;
import org.goldenthread.contract.PeriodCloseView;
import org.goldenthread.contract.ScorecardRowView;
import org.goldenthread.contract.ScorecardView;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.Frequency;
import org.goldenthread.render.Xml;
import org.goldenthread.rest.Role;
import org.goldenthread.workbench.WorkbenchUsers;
import org.goldenthread.workbench.pages.LoopbackKpiSource;

/**
 * {@code /updates}: the quarterly update of the last complete quarter, one row per KPI whose period in it has ended
 * (an annual KPI waits for its year's end), with its state and the step the signed-in user may take: service managers
 * submit, the performance team verifies and publishes in bulk, the head of service signs off. Each step goes to the
 * REST API; a refusal is shown in the row, naming the rule.
 */
public final class UpdatesServlet extends SignedInServlet {
    private final URI restBase;
    private final transient Clock clock;

    public UpdatesServlet(URI restBase, Clock clock) {
        this.restBase = restBase;
        this.clock = clock;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Optional<String> user)
            throws IOException {
        LocalDate today = LocalDate.now(clock);
        FinancialPeriod quarter = FinancialPeriod.containing(Frequency.QUARTERLY, today).previous();
        Set<Role> roles = WorkbenchUsers.caller(user.get()).roles();
        LoopbackKpiSource source = new LoopbackKpiSource(restBase, Credentials.of(request));
        ScorecardView scorecard;
        Optional<PeriodCloseView> glance;
        try {
            scorecard = source.scorecard(quarter.id(), "", Map.of());
            glance = roles.contains(Role.PERFORMANCE_TEAM) ? Optional.of(source.period(quarter.id()))
                    : Optional.empty();
        } catch (KpiSourceException e) {
            Html.send(response, 502, user, "Quarterly update", "<h1>Quarterly update</h1><p role=\"alert\">"
                    + Xml.escape(e.getMessage()) + "</p>");
            return;
        }
        StringBuilder html = new StringBuilder("<h1>Quarterly update: ").append(Xml.escape(quarter.label()))
                .append("</h1><p id=\"wb-message\" role=\"status\"></p>");
        glance.ifPresent(period -> html.append(QuarterAtAGlance.html(period)));
        html.append("<table class=\"wb-updates\"><caption>Updates for ").append(Xml.escape(quarter.label()))
                .append("</caption><thead><tr><th scope=\"col\">KPI</th><th scope=\"col\">Period</th>")
                .append("<th scope=\"col\">State</th><th scope=\"col\">Figure</th><th scope=\"col\">Status</th>")
                .append("<th scope=\"col\">Step</th></tr></thead><tbody>");
        for (ScorecardRowView row : scorecard.rows()) {
            if (FinancialPeriod.parse(row.periodId()).end().isBefore(today)) {
                html.append(UpdateRow.html(row, roles));
            }
        }
        html.append("</tbody></table><script src=\"/static/updates.js\"></script>");
        Html.send(response, 200, user, "Quarterly update", html.toString());
    }
}
