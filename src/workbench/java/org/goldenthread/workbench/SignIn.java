package org.goldenthread.workbench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** Who a browser session signed in as, kept in the session the sign-in page started. */
public final class SignIn {
    private static final String USER = SignIn.class.getName() + ".user";

    private SignIn() {
    }

    public static Optional<String> user(HttpServletRequest request) {
        HttpSession session = request == null ? null : request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(USER));
    }

    /** The signed-in user of the request: from HTTP Basic credentials (scripts) or the browser session. */
    public static Optional<String> reader(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null ? WorkbenchUsers.fromBasic(authorization) : user(request);
    }

    static void start(HttpServletRequest request, String user) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(USER, user);
    }

    static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
