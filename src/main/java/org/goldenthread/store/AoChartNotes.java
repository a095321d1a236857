package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.goldenthread.measure.ChartAnnotation;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.InvalidFieldsException;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.spc.Ghost;
import org.goldenthread.spc.Rebase;

/** Chart notes in Active Objects, each addition and removal audited in its own transaction. */
public final class AoChartNotes implements ChartNotes {
    private final ActiveObjects ao;
    private final AoAuditTrail audit;
    private final Clock clock;

    public AoChartNotes(ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.audit = new AoAuditTrail(ao);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<Rebase> rebases(KpiDefinition kpi) {
        return notes(kpi, Kind.REBASE, Rebase::new);
    }

    @Override
    public List<Ghost> ghosts(KpiDefinition kpi) {
        return notes(kpi, Kind.GHOST, Ghost::new);
    }

    @Override
    public List<ChartAnnotation> annotations(KpiDefinition kpi) {
        return notes(kpi, Kind.ANNOTATION, ChartAnnotation::new);
    }

    @Override
    public void add(KpiDefinition kpi, Kind kind, FinancialPeriod period, String note, String userKey) {
        String subject = "Invalid " + name(kind) + " for " + kpi.key() + " at " + period.label();
        if (period.frequency() != kpi.frequency()) {
            throw InvalidFieldsException.of(subject, "period", "must be " + kpi.frequency().name() + " like the KPI");
        }
        if (note == null || note.isBlank()) {
            throw InvalidFieldsException.of(subject, kind == Kind.ANNOTATION ? "text" : "reason", "is required");
        }
        ao.executeInTransaction(() -> {
            if (row(kpi, kind, period).isPresent()) {
                throw InvalidFieldsException.of(subject, "period", "already has one");
            }
            Map<String, Object> columns = new HashMap<>();
            columns.put("KPI_KEY", kpi.key());
            columns.put("KIND", kind.name());
            columns.put("PERIOD_ID", period.id());
            columns.put("NOTE", note.strip());
            columns.put("CREATED_BY", userKey);
            columns.put("CREATED_AT", Date.from(clock.instant()));
            ao.create(ChartNoteEntity.class, columns);
            audit.append(new AuditEvent(kpi.key(), Optional.of(period.id()), name(kind), userKey, clock.instant(),
                    Optional.empty(), Optional.of(note.strip())));
            return null;
        });
    }

    @Override
    public boolean remove(KpiDefinition kpi, Kind kind, FinancialPeriod period, String reason, String userKey) {
        if (reason == null || reason.isBlank()) {
            throw InvalidFieldsException.of("Cannot remove the " + name(kind) + " for " + kpi.key() + " at "
                    + period.label(), "reason", "is required");
        }
        return ao.executeInTransaction(() -> {
            Optional<ChartNoteEntity> row = row(kpi, kind, period);
            row.ifPresent(found -> {
                audit.append(new AuditEvent(kpi.key(), Optional.of(period.id()), name(kind) + " removed", userKey,
                        clock.instant(), Optional.of(found.getNote()), Optional.of("Removed: " + reason.strip())));
                ao.delete(found);
            });
            return row.isPresent();
        });
    }

    private <T> List<T> notes(KpiDefinition kpi, Kind kind, BiFunction<FinancialPeriod, String, T> note) {
        return Arrays.stream(ao.find(ChartNoteEntity.class, "KPI_KEY = ? AND KIND = ?", kpi.key(), kind.name()))
                .map(row -> Map.entry(FinancialPeriod.parse(row.getPeriodId(), kpi.frequency()), row.getNote()))
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(entry -> note.apply(entry.getKey(), entry.getValue()))
                .toList();
    }

    private Optional<ChartNoteEntity> row(KpiDefinition kpi, Kind kind, FinancialPeriod period) {
        ChartNoteEntity[] rows = ao.find(ChartNoteEntity.class, "KPI_KEY = ? AND KIND = ? AND PERIOD_ID = ?",
                kpi.key(), kind.name(), period.id());
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static String name(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
