package org.goldenthread.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.render.Xml;
import org.goldenthread.rest.AppVersion;
import org.goldenthread.rest.Caller;
import org.goldenthread.rest.Callers;
import org.goldenthread.rest.QuarterlyUpdates;
import org.goldenthread.rest.Role;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.store.UpdateIssues;
import org.goldenthread.update.UpdateAction;

/**
 * "Create action plan" from a KPI's update issue: a form for the plan's title, owner, due date and description,
 * sent to the REST API, which keeps the plan and makes its Action Plan issue, linked from the KPI's issue. Then back
 * to the update issue, where sign-off can go ahead.
 */
public class ActionPlanPageServlet extends HttpServlet {
    static final String PATH = "/plugins/servlet/golden-thread/action-plan";

    private final LoginUriProvider login;
    private final PageBuilderService pages;
    private final IssueManager issues;
    private final Repositories store;
    private final Callers callers;

    public ActionPlanPageServlet(@JiraImport LoginUriProvider login, @JiraImport PageBuilderService pages,
                                 @JiraImport IssueManager issues, Repositories store, Callers callers) {
        this.login = login;
        this.pages = pages;
        this.issues = issues;
        this.store = store;
        this.callers = callers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = callers.find(null);
        if (caller.isEmpty()) {
            String here = request.getContextPath() + PATH + (request.getQueryString() == null ? ""
                    : "?" + request.getQueryString());
            response.sendRedirect(login.getLoginUri(URI.create(here)).toString());
            return;
        }
        Optional<MutableIssue> issue = issueId(request.getParameter("issue")).map(issues::getIssueObject);
        Optional<UpdateIssues.UpdateOf> update = issue.flatMap(found -> store.updateIssues().updateOf(found.getId()));
        Optional<KpiDefinition> kpi = update.flatMap(found -> store.kpis().find(found.kpiKey()))
                .map(StoredKpi::definition);
        if (issue.isEmpty() || update.isEmpty() || kpi.isEmpty()) {
            page(response, 404, "Create action plan", "<p class=\"aui-message aui-message-error\" role=\"alert\">"
                    + "Open this from a KPI's update issue: an action plan is made for a KPI.</p>");
            return;
        }
        if (!new QuarterlyUpdates(store).mayTake(caller.get(), kpi.get().key(), UpdateAction.SUBMIT)
                && !caller.get().has(Role.PERFORMANCE_TEAM)) {
            page(response, 403, "Create action plan", "<p class=\"aui-message aui-message-error\" role=\"alert\">"
                    + "Only " + Xml.escape(kpi.get().key()) + "'s updaters and the performance team may create its "
                    + "action plans.</p>");
            return;
        }
        pages.assembler().resources().requireWebResource(AppVersion.pluginKey() + ":action-plan-form");
        String back = request.getContextPath() + "/browse/" + issue.get().getKey();
        page(response, 200, "Create action plan for " + kpi.get().key() + " " + kpi.get().title(), form(kpi.get(),
                update.get(), request.getContextPath(), back));
    }

    private static String form(KpiDefinition kpi, UpdateIssues.UpdateOf update, String contextPath, String back) {
        return "<p>What will be done about " + Xml.escape(kpi.key()) + " after its update for "
                + Xml.escape(update.periodId()) + ", by whom and by when. The plan is linked to the KPI, so the "
                + "update can then be signed off, and scrutiny members can read it beside the KPI.</p>"
                + "<form id=\"gt-action-plan\" class=\"aui\" data-kpi=\"" + Xml.escape(kpi.key()) + "\" data-api=\""
                + Xml.escape(contextPath + "/rest/golden-thread/1.0/action-plans") + "\" data-back=\""
                + Xml.escape(back) + "\">"
                + field("title", "Title", "<input class=\"text long-field\" id=\"title\" name=\"title\" required "
                        + "maxlength=\"255\">")
                + field("owner", "Owner", "<input class=\"text medium-field\" id=\"owner\" name=\"owner\" required "
                        + "aria-describedby=\"owner-help\" value=\"" + Xml.escape(kpi.owner()) + "\"><div "
                        + "class=\"description\" id=\"owner-help\">The officer who owns the plan, by their user key: "
                        + "the KPI's owner unless you change it.</div>")
                + field("due", "Due by", "<input class=\"text medium-field\" id=\"due\" name=\"due\" type=\"date\" "
                        + "required>")
                + field("description", "What will be done", "<textarea class=\"textarea long-field\" "
                        + "id=\"description\" name=\"description\" rows=\"5\"></textarea>")
                + "<div class=\"buttons-container\"><button class=\"aui-button aui-button-primary\" type=\"submit\">"
                + "Create action plan</button> <a class=\"aui-button aui-button-link\" href=\"" + Xml.escape(back)
                + "\">Cancel</a></div><p class=\"gt-error aui-message aui-message-error\" role=\"alert\" hidden></p>"
                + "</form>";
    }

    private static String field(String id, String label, String control) {
        return "<div class=\"field-group\"><label for=\"" + id + "\">" + Xml.escape(label) + "</label>" + control
                + "</div>";
    }

    private static Optional<Long> issueId(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void page(HttpServletResponse response, int status, String title, String body)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<html><head><title>" + Xml.escape(title) + "</title>"
                + "<meta name=\"decorator\" content=\"atl.general\"></head><body><section class=\"aui-page-panel\">"
                + "<div class=\"aui-page-panel-inner\"><section class=\"aui-page-panel-content\"><h1>"
                + Xml.escape(title) + "</h1>" + body + "</section></div></section></body></html>");
    }
}
