package org.goldenthread.jira;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.goldenthread.rest.Caller;
import org.goldenthread.rest.Callers;
import org.goldenthread.rest.Role;

/**
 * Lets only Jira administrators in a secure administrator session through to Golden Thread's administration pages:
 * anyone signed out is sent to sign in and brought back, anyone else is refused, and an administrator without a
 * secure session confirms their password first.
 */
final class AdminPageGate {
    private final LoginUriProvider login;
    private final WebSudoManager webSudo;
    private final Callers callers;

    AdminPageGate(LoginUriProvider login, WebSudoManager webSudo, Callers callers) {
        this.login = login;
        this.webSudo = webSudo;
        this.callers = callers;
    }

    /** The administrator, or empty once the response says why not. */
    Optional<Caller> admit(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        Optional<Caller> caller = callers.find(null);
        if (caller.isEmpty()) {
            response.sendRedirect(login.getLoginUri(URI.create(request.getContextPath() + path)).toString());
            return Optional.empty();
        }
        if (!caller.get().has(Role.ADMINISTRATOR)) {
            AdminPage.send(response, 403, "Golden Thread", "<p role=\"alert\">Golden Thread's administration is for "
                    + "Jira administrators.</p>");
            return Optional.empty();
        }
        try {
            webSudo.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException e) {
            webSudo.enforceWebSudoProtection(request, response);
            return Optional.empty();
        }
        return caller;
    }
}
