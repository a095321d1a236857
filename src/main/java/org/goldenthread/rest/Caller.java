package org.goldenthread.rest;

import java.util.Objects;
import java.util.Set;
import org.goldenthread.measure.KpiDefinition;

/**
 * The user making a request: the user key the audit records, and the roles the host grants them; or, where the council
 * reports publicly, an anonymous member of the public.
 */
public record Caller(String userKey, Set<Role> roles) {
    /** No user key the host gives out is empty. */
    private static final String PUBLIC = "";

    public Caller {
        Objects.requireNonNull(userKey, "userKey");
        roles = Set.copyOf(roles);
    }

    /** An anonymous reader, let in because the council reports publicly: public KPIs' published figures only. */
    public static Caller publicReader() {
        return new Caller(PUBLIC, Set.of());
    }

    public boolean isPublicReader() {
        return userKey.equals(PUBLIC);
    }

    /** Whether the KPI exists for this caller at all: the public sees only KPIs marked public. */
    public boolean mayRead(KpiDefinition kpi) {
        return !isPublicReader() || kpi.isPublic();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Council staff, as opposed to scrutiny members who hold no other role. */
    public boolean isStaff() {
        return roles.stream().anyMatch(role -> role != Role.SCRUTINY);
    }
}
