package org.goldenthread.workbench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The files under {@code /static/}: the macros' style sheet (shipped in the plugin) and the workbench's own. */
final class StaticFilesServlet extends HttpServlet {
    private static final Map<String, String> FILES = Map.of(
            "/golden-thread.css", "/css/golden-thread.css",
            "/workbench.css", "/workbench/workbench.css",
            "/updates.js", "/workbench/updates.js",
            "/action-plan.js", "/workbench/action-plan.js",
            "/target-amendments.js", "/workbench/target-amendments.js",
            "/corrections.js", "/workbench/corrections.js",
            "/import.js", "/workbench/import.js",
            "/settings.js", "/workbench/settings.js",
            "/definition.js", "/workbench/definition.js");

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
