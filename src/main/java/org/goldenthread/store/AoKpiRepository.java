package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import net.java.ao.Query;
import org.goldenthread.measure.InvalidFieldsException;
import org.goldenthread.measure.KpiDefinition;

/** KPI definitions in Active Objects, with one audit event per changed field, written in the same transaction. */
public final class AoKpiRepository implements KpiRepository {
    private final ActiveObjects ao;
    private final AoAuditTrail audit;
    private final EditClaims claims;
    private final Clock clock;

    public AoKpiRepository(ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.audit = new AoAuditTrail(ao);
        this.claims = new EditClaims(ao);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<StoredKpi> find(String key) {
        return row(key).map(AoKpiRepository::stored);
    }

    @Override
    public List<StoredKpi> all() {
        return Arrays.stream(ao.find(KpiEntity.class, Query.select().order("KPI_KEY")))
                .map(AoKpiRepository::stored).toList();
    }

    @Override
    public StoredKpi create(KpiDefinition kpi, String userKey) {
        return ao.executeInTransaction(() -> {
            if (row(kpi.key()).isPresent()) {
                throw InvalidFieldsException.of("KPI definition " + kpi.key(), "key",
                        "must be unique, but " + kpi.key() + " already exists");
            }
            Map<String, Object> columns = new HashMap<>(KpiRows.columns(kpi));
            columns.put("EDIT_VERSION", 1);
            KpiEntity row = ao.create(KpiEntity.class, columns);
            audit.append(new AuditEvent(kpi.key(), Optional.empty(), "definition created", userKey, clock.instant(),
                    Optional.empty(), Optional.of(summary(KpiRows.columns(kpi)))));
            return stored(row);
        });
    }

    @Override
    public StoredKpi update(KpiDefinition kpi, int editVersion, String reason, String userKey) {
        return ao.executeInTransaction(() -> {
            KpiEntity row = row(kpi.key()).orElseThrow(() -> InvalidFieldsException.of(
                    "KPI definition " + kpi.key(), "key", "must name an existing KPI, but " + kpi.key() + " does not"));
            if (row.getEditVersion() != editVersion) {
                throw new ConflictException("KPI " + kpi.key(), row.getEditVersion(), editVersion);
            }
            claims.claim("KPI " + kpi.key(), editVersion + 1,
                    () -> new ConflictException("KPI " + kpi.key(), editVersion + 1, editVersion));
            KpiDefinition before = KpiRows.read(row);
            KpiRows.write(row, kpi);
            row.setEditVersion(editVersion + 1);
            row.save();
            audit(kpi.key(), userKey, KpiRows.columns(before), KpiRows.columns(kpi));
            if (!reason.isBlank()) {
                audit.append(new AuditEvent(kpi.key(), Optional.empty(), "definition changed", userKey,
                        clock.instant(), Optional.of("version " + before.definitionVersion()),
                        Optional.of("version " + kpi.definitionVersion() + ": " + reason.strip())));
            }
            return stored(row);
        });
    }

    @Override
    public Optional<StoredKpi> findByIssue(long issueId) {
        KpiEntity[] rows = ao.find(KpiEntity.class, "ISSUE_ID = ?", issueId);
        return rows.length == 0 ? Optional.empty() : Optional.of(stored(rows[0]));
    }

    @Override
    public void linkIssue(String key, long issueId) {
        ao.executeInTransaction(() -> {
            KpiEntity row = row(key).orElseThrow(() -> new IllegalArgumentException("there is no KPI " + key));
            row.setIssueId(issueId);
            row.save();
            return null;
        });
    }

    private Optional<KpiEntity> row(String key) {
        KpiEntity[] rows = ao.find(KpiEntity.class, "KPI_KEY = ?", key);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /** One event per column whose value changed, named "definition: title" and so on. */
    private void audit(String key, String userKey, Map<String, Object> before, Map<String, Object> after) {
        for (Map.Entry<String, Object> column : after.entrySet()) {
            Object old = before.get(column.getKey());
            if (!Objects.equals(old, column.getValue())) {
                audit.append(new AuditEvent(key, Optional.empty(),
                        "definition: " + field(column.getKey()),
                        userKey, clock.instant(), Optional.ofNullable(old).map(String::valueOf),
                        Optional.ofNullable(column.getValue()).map(String::valueOf)));
            }
        }
    }

    /** "title=Household waste recycled; unit=PERCENT; ..." for the columns that have a value. */
    private static String summary(Map<String, Object> columns) {
        StringJoiner summary = new StringJoiner("; ");
        columns.forEach((column, value) -> {
            if (value != null && !value.toString().isEmpty()) {
                summary.add(field(column) + "=" + value);
            }
        });
        return summary.toString();
    }

    private static String field(String column) {
        return column.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static StoredKpi stored(KpiEntity row) {
        return new StoredKpi(KpiRows.read(row), row.getEditVersion(), Optional.ofNullable(row.getIssueId()));
    }
}
