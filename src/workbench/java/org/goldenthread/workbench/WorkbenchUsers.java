package org.goldenthread.workbench;

import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.rest.Caller;
import org.goldenthread.rest.Callers;
import org.goldenthread.rest.Role;

/**
 * The workbench's people, one for each part a council gives out: each logs in with HTTP Basic, the password being
 * the user name (the workbench listens on loopback only, and holds a fictitious council).
 */
public final class WorkbenchUsers implements Callers {
    private static final String BASIC = "Basic ";
    static final Map<String, Set<Role>> ROLES = Map.of(
            "admin", Set.of(Role.ADMINISTRATOR, Role.PERFORMANCE_TEAM),
            "perf", Set.of(Role.PERFORMANCE_TEAM),
            "manager", Set.of(Role.UPDATER),
            "head", Set.of(Role.APPROVER),
            "scrutiny", Set.of(Role.SCRUTINY));

    /** The user an HTTP Basic {@code Authorization} header names, if its credentials are right. */
    public static Optional<String> fromBasic(String header) {
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** The user the credentials name, if they are right. */
    static Optional<String> authenticate(String user, String password) {
        return ROLES.containsKey(user) && user.equals(password) ? Optional.of(user) : Optional.empty();
    }

    /** One of the workbench's people, with their roles. */
    public static Caller caller(String user) {
        Set<Role> roles = ROLES.get(user);
        if (roles == null) {
            throw new IllegalArgumentException("the workbench has no user '" + user + "'");
        }
        return new Caller(user, roles);
    }

    @Override
    public Optional<Caller> find(SecurityContext security) {
        return Optional.ofNullable(security.getUserPrincipal()).map(Principal::getName)
                .filter(ROLES::containsKey).map(WorkbenchUsers::caller);
    }
}
