package org.goldenthread.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.goldenthread.contract.ContractJson;
import org.goldenthread.render.Xml;
import org.goldenthread.rest.AppVersion;
import org.goldenthread.rest.Caller;
import org.goldenthread.rest.Callers;
import org.goldenthread.store.EnabledProjects;
import org.goldenthread.store.KpiRepository;
import org.goldenthread.store.Repositories;

/**
 * "Enable Golden Thread on a project" in Jira's administration ({@code /plugins/servlet/golden-thread/projects}): the
 * projects it is enabled on, and for a project key what enabling it will create or reuse, shown before it is done;
 * and the KPI issues, made or brought up to date from the KPIs. The page's script sends each as JSON, which a page on
 * another site cannot make a browser send.
 */
public class ProjectsPageServlet extends HttpServlet {
    static final String PATH = "/plugins/servlet/golden-thread/projects";
    /** The web-item that links here, so Jira highlights it. */
    static final String ADMIN_TAB = "golden-thread-projects";
    private static final String KPI_ISSUES = "kpi-issues";
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    private static final Map<ProvisioningPlan.Action, String> ACTIONS = Map.of(
            ProvisioningPlan.Action.CREATE, "Will be created", ProvisioningPlan.Action.REUSE, "Already there: reused",
            ProvisioningPlan.Action.CONFLICT, "Conflict: resolve first",
            ProvisioningPlan.Action.BY_HAND, "Made ready: finish it in Jira");

    private final transient PageBuilderService pages;
    private final transient AdminPageGate gate;
    private final transient Provisioning provisioning;
    private final transient KpiIssues kpiIssues;
    private final transient KpiRepository kpis;
    private final transient EnabledProjects enabled;
    private final transient Gson gson = ContractJson.gson();

    @Inject
    public ProjectsPageServlet(@JiraImport PageBuilderService pages, @JiraImport LoginUriProvider login,
                               @JiraImport WebSudoManager webSudo, Callers callers, Provisioning provisioning,
                               KpiIssues kpiIssues, Repositories store) {
        this.pages = pages;
        this.gate = new AdminPageGate(login, webSudo, callers);
        this.provisioning = provisioning;
        this.kpiIssues = kpiIssues;
        this.kpis = store.kpis();
        this.enabled = store.enabledProjects();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (gate.admit(request, response, PATH).isEmpty()) {
            return;
        }
        pages.assembler().resources().requireWebResource(AppVersion.pluginKey() + ":projects-admin");
        Optional<String> asked = projectKey(request.getParameter("project"));
        StringBuilder html = new StringBuilder(AdminPage.head("Golden Thread projects", ADMIN_TAB))
                .append(enabledProjects()).append(kpiIssues())
                .append("<form class=\"aui\" method=\"get\"><div class=\"field-group\"><label for=\"project\">")
                .append("Project key</label><input class=\"text short-field\" id=\"project\" name=\"project\" ")
                .append("required value=\"").append(Xml.escape(asked.orElse(""))).append("\"></div>")
                .append("<div class=\"buttons-container\"><button class=\"aui-button\" type=\"submit\">Show what ")
                .append("enabling it will do</button></div></form>");
        asked.ifPresent(key -> html.append(plan(provisioning.plan(key), request.getContextPath())));
        response.setStatus(200);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html.append(AdminPage.foot()).toString());
    }

    /** Enables Golden Thread on the project the JSON body names, and answers the plan as carried out. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) {
            json(response, 415, Map.of("message", "Send the project to enable as JSON"));
            return;
        }
        Optional<Caller> admin = gate.admit(request, response, PATH);
        if (admin.isEmpty()) {
            return;
        }
        Optional<Enable> asked;
        try (Reader body = request.getReader()) {
            asked = Optional.ofNullable(gson.fromJson(body, Enable.class));
        } catch (JsonParseException e) {
            asked = Optional.empty();
        }
        if (asked.map(Enable::action).filter(KPI_ISSUES::equals).isPresent()) {
            json(response, 200, kpiIssues.project());
            return;
        }
        Optional<String> key = asked.flatMap(enable -> projectKey(enable.project()));
        if (key.isEmpty()) {
            json(response, 400, Map.of("field", "project", "message", "project must be a Jira project key, such as "
                    + "WASTE"));
            return;
        }
        try {
            ProvisioningPlan done = provisioning.enable(key.get(), admin.get().userKey());
            json(response, done.canRun() ? 200 : 409, done);
        } catch (IllegalStateException e) {
            // Jira refused something part way; what was made stays, and running it again completes the rest
            json(response, 500, Map.of("message", e.getMessage() + ". What was made so far stays: show the plan "
                    + "again and enable once more to complete it."));
        }
    }

    /** The body of a change: the project to enable, or the action {@code kpi-issues}. */
    private record Enable(String project, String action) {
    }

    private String kpiIssues() {
        long total = kpis.all().size();
        long linked = kpis.all().stream().filter(kpi -> kpi.issueId().isPresent()).count();
        return "<h2>KPI issues</h2><p>" + linked + " of " + total + " KPIs have their issue in Jira. Each KPI's issue "
                + "takes its summary, description and fields from Golden Thread, where the performance team changes "
                + "them.</p>"
                + "<form id=\"gt-kpi-issues\" class=\"aui\"><button class=\"aui-button\" type=\"submit\">Create and "
                + "update KPI issues</button><p class=\"gt-result\" role=\"status\"></p></form>";
    }

    private String enabledProjects() {
        StringBuilder html = new StringBuilder("<h2>Enabled on</h2>");
        if (enabled.all().isEmpty()) {
            return html.append("<p>No project yet.</p>").toString();
        }
        html.append("<ul>");
        for (EnabledProjects.EnabledProject project : enabled.all()) {
            html.append("<li>").append(Xml.escape(project.projectKey())).append(", by ")
                    .append(Xml.escape(project.enabledBy())).append(" at ")
                    .append(Xml.escape(project.enabledAt().toString())).append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private static String plan(ProvisioningPlan plan, String contextPath) {
        String key = Xml.escape(plan.projectKey());
        StringBuilder html = new StringBuilder("<h2>Enabling Golden Thread on ").append(key).append("</h2>")
                .append("<table class=\"aui\"><thead><tr><th scope=\"col\">What</th><th scope=\"col\">Name</th>")
                .append("<th scope=\"col\">Outcome</th><th scope=\"col\">Why</th></tr></thead><tbody>");
        for (ProvisioningPlan.Item item : plan.items()) {
            html.append("<tr><td>").append(item.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append("</td><th scope=\"row\">").append(Xml.escape(item.name())).append("</th><td>")
                    .append(ACTIONS.get(item.action())).append("</td><td>").append(Xml.escape(item.detail()));
            if (item.path() != null) {
                html.append(": <a href=\"").append(Xml.escape(contextPath + item.path())).append("\">")
                        .append("open ").append(Xml.escape(plan.projectKey()))
                        .append("'s workflow scheme page in Jira</a>");
            }
            html.append("</td></tr>");
        }
        html.append("</tbody></table>");
        if (!plan.canRun()) {
            return html.append("<p class=\"aui-message aui-message-warning\" role=\"alert\">Resolve each conflict, ")
                    .append("then show this again: nothing has been changed.</p>").toString();
        }
        return html.append("<p>What Jira has already is reused: a reused custom field's context gains this ")
                .append("project, and a project without issues moves to the new workflow scheme. Disabling Golden ")
                .append("Thread later removes nothing.</p>")
                .append("<form id=\"gt-enable\" class=\"aui\" data-project=\"").append(key)
                .append("\"><button class=\"aui-button aui-button-primary\" type=\"submit\">Enable Golden Thread on ")
                .append(key).append("</button><p class=\"gt-error aui-message aui-message-error\" role=\"alert\" ")
                .append("hidden></p></form>").toString();
    }

    private void json(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(gson.toJson(body));
    }

    private static Optional<String> projectKey(String text) {
        return Optional.ofNullable(text).map(key -> key.strip().toUpperCase(Locale.ROOT))
                .filter(key -> PROJECT_KEY.matcher(key).matches());
    }
}
