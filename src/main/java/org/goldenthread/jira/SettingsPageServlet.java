package org.goldenthread.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import org.goldenthread.render.SettingsFormModel;
import org.goldenthread.rest.AppVersion;
import org.goldenthread.rest.Callers;
import org.goldenthread.rest.SettingsForm;
import org.goldenthread.store.Repositories;

/**
 * Golden Thread's settings in Jira's administration ({@code /plugins/servlet/golden-thread/settings}): the same form
 * as the workbench's, in Jira's admin layout, for Jira administrators in a secure administrator session. The form
 * saves through the REST API, which checks the administrator again.
 */
public class SettingsPageServlet extends HttpServlet {
    static final String PATH = "/plugins/servlet/golden-thread/settings";
    /** The web-item that links here, so Jira highlights it. */
    static final String ADMIN_TAB = "golden-thread-settings";
    private static final String REST = "/rest/golden-thread/1.0/";

    private final transient TemplateRenderer templates;
    private final transient PageBuilderService pages;
    private final transient AdminPageGate gate;
    private final transient Repositories store;

    @Inject
    public SettingsPageServlet(@ComponentImport TemplateRenderer templates, @JiraImport PageBuilderService pages,
                               @JiraImport LoginUriProvider login, @JiraImport WebSudoManager webSudo,
                               Callers callers, Repositories store) {
        this.templates = templates;
        this.pages = pages;
        this.gate = new AdminPageGate(login, webSudo, callers);
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (gate.admit(request, response, PATH).isEmpty()) {
            return;
        }
        pages.assembler().resources().requireWebResource(AppVersion.pluginKey() + ":settings-admin");
        SettingsFormModel form = new SettingsFormModel(SettingsForm.view(store.settings().current()),
                request.getContextPath() + REST);
        response.setStatus(200);
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.write(AdminPage.head("Golden Thread settings", ADMIN_TAB));
        templates.render("templates/settings-form.vm", Map.of("settings", form), out);
        out.write(AdminPage.foot());
    }
}
