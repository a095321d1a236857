package org.goldenthread.rest;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;

/** The host's answer to "who is calling, and in what roles?": Jira's users and project roles, or the workbench's. */
public interface Callers {
    /** The caller the host authenticated for this request, or empty for an anonymous one. */
    Optional<Caller> find(SecurityContext security);
}
