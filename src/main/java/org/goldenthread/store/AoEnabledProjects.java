package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.Query;

/** The enabled projects in Active Objects, so every node of a cluster sees the same ones. */
public final class AoEnabledProjects implements EnabledProjects {
    private final ActiveObjects ao;
    private final AoAuditTrail audit;
    private final Clock clock;

    public AoEnabledProjects(ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.audit = new AoAuditTrail(ao);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<EnabledProject> all() {
        return Arrays.stream(ao.find(EnabledProjectEntity.class, Query.select().order("PROJECT_KEY")))
                .map(AoEnabledProjects::project).toList();
    }

    @Override
    public EnabledProject enable(long projectId, String projectKey, String userKey) {
        return ao.executeInTransaction(() -> {
            EnabledProjectEntity[] found = ao.find(EnabledProjectEntity.class, "PROJECT_ID = ?", projectId);
            if (found.length > 0) {
                return project(found[0]);
            }
            EnabledProjectEntity row = ao.create(EnabledProjectEntity.class, Map.of("PROJECT_ID", projectId,
                    "PROJECT_KEY", projectKey, "ENABLED_BY", userKey, "ENABLED_AT", Date.from(clock.instant())));
            audit.append(new AuditEvent(AUDIT_KEY, Optional.empty(), "project enabled", userKey, clock.instant(),
                    Optional.empty(), Optional.of(projectKey)));
            return project(row);
        });
    }

    private static EnabledProject project(EnabledProjectEntity row) {
        return new EnabledProject(row.getProjectId(), row.getProjectKey(), row.getEnabledBy(),
                row.getEnabledAt().toInstant());
    }
}
