package org.goldenthread.store;

import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.KpiDefinition;

/** A KPI definition as stored, with the edit version a change must be made against and its Jira issue, if any. */
public record StoredKpi(KpiDefinition definition, int editVersion, Optional<Long> issueId) {
    public StoredKpi {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(issueId, "issueId");
    }
}
