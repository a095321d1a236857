package org.goldenthread.workbench;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.contract.ApiError;

/**
 * Logs a request in from its HTTP Basic credentials, as Jira does for scripts, or else from the browser session the
 * sign-in page started, unless a change comes from another site's page. A request with neither goes on anonymously
 * (each resource decides whether that will do); wrong credentials are refused at once.
 */
@Priority(Priorities.AUTHENTICATION)
final class BasicAuthentication implements ContainerRequestFilter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            if (READS.contains(request.getMethod()) || SameOrigin.request(servletRequest)) {
                SignIn.user(servletRequest).ifPresent(user -> signIn(request, user));
            }
            return;
        }
        Optional<String> user = WorkbenchUsers.fromBasic(header);
        if (user.isEmpty()) {
            request.abortWith(Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Golden Thread workbench\"")
                    .entity(new ApiError("unauthenticated", null, "The user name or password is wrong")).build());
            return;
        }
        signIn(request, user.get());
    }

    private static void signIn(ContainerRequestContext request, String user) {
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return () -> user;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return SecurityContext.BASIC_AUTH;
            }
        });
    }
}
