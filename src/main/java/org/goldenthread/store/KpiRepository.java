package org.goldenthread.store;

import java.util.List;
import java.util.Optional;
import org.goldenthread.measure.KpiDefinition;

/** KPI definitions, the master copy; every change is audited and made against the version the user saw. */
public interface KpiRepository {
    Optional<StoredKpi> find(String key);

    /** Every KPI, in key order. */
    List<StoredKpi> all();

    /** Saves a new KPI; its key must not be in use. */
    StoredKpi create(KpiDefinition kpi, String userKey);

    /** The KPI whose issue in Jira has that id. */
    Optional<StoredKpi> findByIssue(long issueId);

    /** Records the id of the KPI's issue in Jira, its projection there; not a change to the KPI itself. */
    void linkIssue(String key, long issueId);

    /** Saves an edit made to {@code editVersion} of the KPI, or refuses it with a {@link ConflictException}. */
    default StoredKpi update(KpiDefinition kpi, int editVersion, String userKey) {
        return update(kpi, editVersion, "", userKey);
    }

    /** As {@link #update(KpiDefinition, int, String)}, with why the definition changed, for the audit. */
    StoredKpi update(KpiDefinition kpi, int editVersion, String reason, String userKey);
}
