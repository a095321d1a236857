package org.goldenthread.workbench.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.confluence.KpiSourceException;
import org.goldenthread.render.SettingsFormModel;
import org.goldenthread.render.Xml;
import org.goldenthread.workbench.WorkbenchServer;
import org.goldenthread.workbench.pages.LoopbackKpiSource;
import org.goldenthread.workbench.render.VelocityTemplates;

/**
 * {@code /settings}: the council's settings for administrators, in the same form Jira's administration page shows,
 * with the log of their changes.
 */
public final class SettingsServlet extends SignedInServlet {
    private final URI restBase;
    private final transient VelocityTemplates templates;

    public SettingsServlet(URI restBase, VelocityTemplates templates) {
        this.restBase = restBase;
        this.templates = templates;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Optional<String> user)
            throws IOException {
        LoopbackKpiSource source = new LoopbackKpiSource(restBase, Credentials.of(request));
        StringWriter html = new StringWriter().append("<h1>Settings</h1>");
        try {
            templates.render("templates/settings-form.vm", Map.of("settings",
                    new SettingsFormModel(source.settings(), WorkbenchServer.REST_BASE + "/")), html);
            html.append("<script src=\"/static/settings-admin.js\"></script><h2>Changes</h2>")
                    .append(AuditTable.html(source.settingsAudit()));
        } catch (KpiSourceException e) {
            int status = e.problem() == KpiSourceException.Problem.NO_PERMISSION ? 403 : 502;
            Html.send(response, status, user, "Settings", "<h1>Settings</h1><p role=\"alert\">"
                    + (status == 403 ? "The settings are for administrators." : Xml.escape(e.getMessage()))
                    + "</p>");
            return;
        }
        Html.send(response, 200, user, "Settings", html.toString());
    }
}
