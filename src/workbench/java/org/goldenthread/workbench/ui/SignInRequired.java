package org.goldenthread.workbench.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What a page answers a reader who has not signed in: the sign-in page for a browser, 401 for a script. */
public final class SignInRequired {
    private SignInRequired() {
    }

    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getHeader("Authorization") != null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Golden Thread workbench\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "The user name or password is wrong");
            return;
        }
        String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?"
                + request.getQueryString());
        response.sendRedirect("/signin?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
    }
}
