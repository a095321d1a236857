package org.goldenthread.rest;

import jakarta.ws.rs.core.SecurityContext;

/** The checks every resource makes on its caller before doing anything. */
final class Access {
    private final Callers callers;

    Access(Callers callers) {
        this.callers = callers;
    }

    /** The authenticated caller, or a 401. */
    Caller caller(SecurityContext security) {
        return callers.find(security).orElseThrow(ApiException::unauthenticated);
    }

    /** The authenticated caller if they hold the role, or a 401 or 403. */
    Caller caller(SecurityContext security, Role role, String what) {
        Caller caller = caller(security);
        if (!caller.has(role)) {
            throw new ApiException(403, "forbidden", null, what + " is for the " + role.name().toLowerCase()
                    .replace('_', ' '));
        }
        return caller;
    }
}
