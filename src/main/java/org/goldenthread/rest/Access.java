package org.goldenthread.rest;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.goldenthread.store.SettingsRepository;

/** The checks every resource makes on its caller before doing anything. */
final class Access {
    private final Callers callers;
    private final SettingsRepository settings;

    Access(Callers callers, SettingsRepository settings) {
        this.callers = callers;
        this.settings = settings;
    }

    /**
     * The reader: the authenticated caller; an anonymous one as the public, if the council reports publicly; or a
     * 401.
     */
    Caller caller(SecurityContext security) {
        Optional<Caller> found = callers.find(security);
        if (found.isPresent()) {
            return found.get();
        }
        if (settings.current().settings().publicReporting()) {
            return Caller.publicReader();
        }
        throw ApiException.unauthenticated();
    }

    /** The authenticated caller making a change, or a 401: the public never changes anything. */
    Caller writer(SecurityContext security) {
        return callers.find(security).orElseThrow(ApiException::unauthenticated);
    }

    /** The authenticated caller if they hold the role, or a 401 or 403. */
    Caller caller(SecurityContext security, Role role, String what) {
        Caller caller = writer(security);
        if (!caller.has(role)) {
            throw new ApiException(403, "forbidden", null, what + " is for the " + role.name().toLowerCase()
                    .replace('_', ' '));
        }
        return caller;
    }
}
