package org.goldenthread.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.render.SettingsFormModel;
import org.goldenthread.render.Xml;
import org.goldenthread.rest.AppVersion;
import org.goldenthread.rest.Caller;
import org.goldenthread.rest.Callers;
import org.goldenthread.rest.Role;
import org.goldenthread.rest.SettingsForm;
import org.goldenthread.store.Repositories;

/**
 * Golden Thread's settings in Jira's administration ({@code /plugins/servlet/golden-thread/settings}): the same form
 * as the workbench's, in Jira's admin layout, for Jira administrators in a secure administrator session. The form
 * saves through the REST API, which checks the administrator again.
 */
public class SettingsPageServlet extends HttpServlet {
    static final String PATH = "/plugins/servlet/golden-thread/settings";
    /** The web-section and web-item that link here, so Jira highlights them. */
    static final String ADMIN_SECTION = "admin_plugins_menu/golden-thread-admin";
    static final String ADMIN_TAB = "golden-thread-settings";
    private static final String REST = "/rest/golden-thread/1.0/";

    private final transient TemplateRenderer templates;
    private final transient PageBuilderService pages;
    private final transient LoginUriProvider login;
    private final transient WebSudoManager webSudo;
    private final transient Callers callers;
    private final transient Repositories store;

    @Inject
    public SettingsPageServlet(@ComponentImport TemplateRenderer templates, @JiraImport PageBuilderService pages,
                               @JiraImport LoginUriProvider login, @JiraImport WebSudoManager webSudo,
                               Callers callers, Repositories store) {
        this.templates = templates;
        this.pages = pages;
        this.login = login;
        this.webSudo = webSudo;
        this.callers = callers;
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = callers.find(null);
        if (caller.isEmpty()) {
            response.sendRedirect(login.getLoginUri(URI.create(request.getContextPath() + PATH)).toString());
            return;
        }
        if (!caller.get().has(Role.ADMINISTRATOR)) {
            page(response, 403, "<p role=\"alert\">Golden Thread's settings are for Jira administrators.</p>");
            return;
        }
        try {
            webSudo.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException e) {
            webSudo.enforceWebSudoProtection(request, response);
            return;
        }
        pages.assembler().resources().requireWebResource(AppVersion.pluginKey() + ":settings-admin");
        SettingsFormModel form = new SettingsFormModel(SettingsForm.view(store.settings().current()),
                request.getContextPath() + REST);
        response.setStatus(200);
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.write(head());
        templates.render("templates/settings-form.vm", Map.of("settings", form), out);
        out.write("</body></html>");
    }

    private static void page(HttpServletResponse response, int status, String bodyHtml) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(head() + bodyHtml + "</body></html>");
    }

    /** Jira's admin decorator lays the page out and adds the resources it requires. */
    private static String head() {
        return "<html><head><title>Golden Thread settings</title>"
                + "<meta name=\"decorator\" content=\"atl.admin\">"
                + "<meta name=\"admin.active.section\" content=\"" + Xml.escape(ADMIN_SECTION) + "\">"
                + "<meta name=\"admin.active.tab\" content=\"" + Xml.escape(ADMIN_TAB) + "\">"
                + "</head><body><h1>Golden Thread settings</h1>";
    }
}
