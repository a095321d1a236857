package org.goldenthread.rest;

import java.util.Objects;
import java.util.Set;
import org.goldenthread.store.StoredKpi;

/**
 * The user making a request: the user key the audit records, the roles the host grants them, and which of the host's
 * issues they may see; or, where the council reports publicly, an anonymous member of the public.
 */
public record Caller(String userKey, Set<Role> roles, IssueAccess issues) {
    /** No user key the host gives out is empty. */
    private static final String PUBLIC = "";

    public Caller {
        Objects.requireNonNull(userKey, "userKey");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(issues, "issues");
    }

    /** A caller limited by Golden Thread's own checks only. */
    public Caller(String userKey, Set<Role> roles) {
        this(userKey, roles, IssueAccess.ALL);
    }

    /** An anonymous reader, let in because the council reports publicly: public KPIs' published figures only. */
    public static Caller publicReader() {
        return new Caller(PUBLIC, Set.of());
    }

    public boolean isPublicReader() {
        return userKey.equals(PUBLIC);
    }

    /**
     * Whether the KPI exists for this caller at all: the public sees only KPIs marked public, and a KPI with an issue
     * only those who may see the issue.
     */
    public boolean mayRead(StoredKpi kpi) {
        return (!isPublicReader() || kpi.definition().isPublic()) && kpi.issueId().map(issues::maySee).orElse(true);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Council staff, as opposed to scrutiny members who hold no other role. */
    public boolean isStaff() {
        return roles.stream().anyMatch(role -> role != Role.SCRUTINY);
    }
}
