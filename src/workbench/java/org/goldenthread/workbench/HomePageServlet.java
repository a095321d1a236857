package org.goldenthread.workbench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.goldenthread.workbench.ui.Html;

/** The workbench's home page at {@code /}, in the pages' frame; anything else it does not know is a 404. */
final class HomePageServlet extends HttpServlet {
    private static final String PAGE = "/workbench/home.html";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? request.getServletPath() : request.getPathInfo();
        if (!path.equals("/") && !path.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No workbench page at " + path);
            return;
        }
        try (InputStream page = HomePageServlet.class.getResourceAsStream(PAGE)) {
            if (page == null) {
                throw new IOException(PAGE + " is missing from the workbench build");
            }
            Html.send(response, 200, SignIn.reader(request), "Home",
                    new String(page.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
