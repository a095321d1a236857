package org.goldenthread.workbench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.goldenthread.render.Xml;
import org.goldenthread.workbench.ui.PageLayout;

/**
 * {@code /signin}: the sign-in page, which starts a browser session for one of the workbench's users;
 * {@code /signout} ends it. Scripts use HTTP Basic instead.
 */
final class SignInServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        form(response, 200, next(request), "");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!SameOrigin.request(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Sign in and out from the workbench's own pages");
            return;
        }
        if ("/signout".equals(request.getServletPath())) {
            SignIn.end(request);
            response.sendRedirect("/signin");
            return;
        }
        String user = request.getParameter("user");
        Optional<String> signedIn = WorkbenchUsers.authenticate(user == null ? "" : user.strip(),
                request.getParameter("password") == null ? "" : request.getParameter("password"));
        if (signedIn.isEmpty()) {
            form(response, 401, next(request), "The user name or password is wrong.");
            return;
        }
        SignIn.start(request, signedIn.get());
        response.sendRedirect(next(request));
    }

    /** Where to go after signing in: a path on this site only, never another site. */
    static String next(HttpServletRequest request) {
        return SafePath.of(request.getParameter("next")).orElse("/");
    }

    private static void form(HttpServletResponse response, int status, String next, String error)
            throws IOException {
        String html = "<h1>Sign in</h1>"
                + (error.isEmpty() ? "" : "<p class=\"wb-error\" role=\"alert\">" + Xml.escape(error) + "</p>")
                + "<p>The workbench's users are admin, perf (performance team), manager (service manager), head "
                + "(head of service) and scrutiny (scrutiny member); each password is the user name.</p>"
                + "<form method=\"post\" action=\"/signin\" class=\"wb-form\">"
                + "<input type=\"hidden\" name=\"next\" value=\"" + Xml.escape(next) + "\">"
                + "<p><label for=\"user\">User name</label> <input id=\"user\" name=\"user\" autocomplete=\"username\""
                + " required></p><p><label for=\"password\">Password</label> <input id=\"password\" "
                + "name=\"password\" type=\"password\" autocomplete=\"current-password\" required></p>"
                + "<p><button type=\"submit\">Sign in</button></p></form>";
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(PageLayout.page("Sign in", Optional.empty(), html)
                .getBytes(StandardCharsets.UTF_8));
    }
}
