package org.goldenthread.workbench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/** The workbench's home page at {@code /}; anything else it does not know is a 404. */
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
            response.setContentType("text/html;charset=UTF-8");
            page.transferTo(response.getOutputStream());
        }
    }
}
