package org.goldenthread.rest;

import java.util.Objects;
import java.util.Set;

/** The authenticated user making a request: the user key the audit records, and the roles the host grants them. */
public record Caller(String userKey, Set<Role> roles) {
    public Caller {
        Objects.requireNonNull(userKey, "userKey");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Council staff, as opposed to scrutiny members who hold no other role. */
    public boolean isStaff() {
        return roles.stream().anyMatch(role -> role != Role.SCRUTINY);
    }
}
