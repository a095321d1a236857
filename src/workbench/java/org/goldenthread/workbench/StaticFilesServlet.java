package org.goldenthread.workbench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The files under {@code /static/}: the macros' style sheet (shipped in the plugin) and the workbench's own. */
final class StaticFilesServlet extends HttpServlet {
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("/golden-thread.css", "/css/golden-thread.css"),
            Map.entry("/workbench.css", "/workbench/workbench.css"),
            Map.entry("/updates.js", "/workbench/updates.js"),
            Map.entry("/action-plan.js", "/workbench/action-plan.js"),
            Map.entry("/target-amendments.js", "/workbench/target-amendments.js"),
            Map.entry("/corrections.js", "/workbench/corrections.js"),
            Map.entry("/import.js", "/workbench/import.js"),
            Map.entry("/settings-admin.js", "/js/settings-admin.js"),
            Map.entry("/definition.js", "/workbench/definition.js"),
            Map.entry("/chart-notes.js", "/workbench/chart-notes.js"),
            Map.entry("/wb-change.js", "/workbench/wb-change.js"));

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String resource = FILES.get(request.getPathInfo());
        InputStream in = resource == null ? null : StaticFilesServlet.class.getResourceAsStream(resource);
        if (in == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (in) {
            response.setContentType((resource.endsWith(".js") ? "text/javascript" : "text/css") + ";charset=UTF-8");
            response.setHeader("Cache-Control", "max-age=300");
            in.transferTo(response.getOutputStream());
        }
    }
}
