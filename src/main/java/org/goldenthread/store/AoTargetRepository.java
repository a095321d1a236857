package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.goldenthread.measure.AnnualTarget;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.FinancialYear;
import org.goldenthread.measure.Frequency;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.TargetAmendment;
import org.goldenthread.measure.TargetSchedule;

/** Targets and amendments in Active Objects, each change audited in the transaction that makes it. */
public final class AoTargetRepository implements TargetRepository {
    private final ActiveObjects ao;
    private final AoAuditTrail audit;
    private final Clock clock;

    public AoTargetRepository(ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.audit = new AoAuditTrail(ao);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public TargetSchedule schedule(KpiDefinition kpi) {
        return schedule(kpi, List.of(ao.find(TargetEntity.class, "KPI_KEY = ?", kpi.key())),
                List.of(ao.find(AmendmentEntity.class, "KPI_KEY = ?", kpi.key())));
    }

    /** The schedule the KPI's target and amendment rows make. */
    static TargetSchedule schedule(KpiDefinition kpi, List<TargetEntity> targetRows,
                                   List<AmendmentEntity> amendmentRows) {
        Map<String, List<TargetEntity>> byYear = new TreeMap<>();
        for (TargetEntity row : targetRows) {
            byYear.computeIfAbsent(row.getYearId(), year -> new ArrayList<>()).add(row);
        }
        List<AnnualTarget> years = new ArrayList<>();
        byYear.forEach((yearId, rows) -> years.add(annual(kpi, yearId, rows)));
        List<TargetAmendment> amendments = new ArrayList<>();
        for (AmendmentEntity row : amendmentRows) {
            amendments.add(new TargetAmendment(FinancialPeriod.parse(row.getEffectiveFrom(), kpi.frequency()),
                    TargetColumns.read(row.getTargetValue(), row.getBandLow(), row.getBandHigh()), row.getReason(),
                    row.getApprovedBy(), row.getApprovedAt().toInstant()));
        }
        return TargetSchedule.of(kpi, years, amendments);
    }

    @Override
    public void setAnnual(KpiDefinition kpi, AnnualTarget target, String reason, String userKey) {
        TargetSchedule.of(kpi, List.of(target), List.of()); // refuses the wrong kind or frequency before any write
        ao.executeInTransaction(() -> {
            Optional<AnnualTarget> before = schedule(kpi).forYear(target.year());
            ao.deleteWithSQL(TargetEntity.class, "KPI_KEY = ? AND YEAR_ID = ?", kpi.key(), target.year().id());
            insert(kpi, target.year(), Optional.empty(), target.target());
            target.profile().forEach((period, periodTarget) ->
                    insert(kpi, target.year(), Optional.of(period), periodTarget));
            String old = before.map(AoTargetRepository::text).orElse(null);
            String updated = text(target);
            if (!updated.equals(old)) {
                audit.append(new AuditEvent(kpi.key(), Optional.of(target.year().id()), "target", userKey,
                        clock.instant(), Optional.ofNullable(old),
                        Optional.of(reason.isBlank() ? updated : updated + ": " + reason.strip())));
            }
            return null;
        });
    }

    @Override
    public void amend(KpiDefinition kpi, TargetAmendment amendment) {
        TargetSchedule.of(kpi, List.of(), List.of(amendment)); // refuses the wrong kind or frequency before any write
        ao.executeInTransaction(() -> {
            String before = schedule(kpi).targetFor(amendment.effectiveFrom())
                    .map(inForce -> TargetColumns.text(inForce.target())).orElse(null);
            Map<String, Object> columns = new HashMap<>();
            columns.put("KPI_KEY", kpi.key());
            columns.put("EFFECTIVE_FROM", amendment.effectiveFrom().id());
            columns.put("REASON", amendment.reason());
            columns.put("APPROVED_BY", amendment.approvedBy());
            columns.put("APPROVED_AT", Date.from(amendment.approvedAt()));
            TargetColumns.put(columns, amendment.target());
            ao.create(AmendmentEntity.class, columns);
            audit.append(new AuditEvent(kpi.key(), Optional.of(amendment.effectiveFrom().id()), "target amendment",
                    amendment.approvedBy(), clock.instant(), Optional.ofNullable(before),
                    Optional.of(TargetColumns.text(amendment.target()) + " from "
                            + amendment.effectiveFrom().label() + ": " + amendment.reason())));
            return null;
        });
    }

    private void insert(KpiDefinition kpi, FinancialYear year, Optional<FinancialPeriod> period, Target target) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("KPI_KEY", kpi.key());
        columns.put("YEAR_ID", year.id());
        columns.put("YEAR_KEY", LatestPeriods.yearKey(kpi.key(), year));
        columns.put("PERIOD_ID", period.map(FinancialPeriod::id).orElse(null));
        TargetColumns.put(columns, target);
        ao.create(TargetEntity.class, columns);
    }

    private static AnnualTarget annual(KpiDefinition kpi, String yearId, List<TargetEntity> rows) {
        FinancialYear year = FinancialPeriod.parse(yearId, Frequency.ANNUAL).year();
        Target yearTarget = null;
        Map<FinancialPeriod, Target> profile = new HashMap<>();
        for (TargetEntity row : rows) {
            Target target = TargetColumns.read(row.getTargetValue(), row.getBandLow(), row.getBandHigh());
            if (row.getPeriodId() == null) {
                yearTarget = target;
            } else {
                profile.put(FinancialPeriod.parse(row.getPeriodId(), kpi.frequency()), target);
            }
        }
        return new AnnualTarget(year, Objects.requireNonNull(yearTarget, "the target for " + yearId), profile);
    }

    /** "68.0", with any profile: "68.0; 2025/26 Q3 60.0". */
    private static String text(AnnualTarget target) {
        StringBuilder text = new StringBuilder(TargetColumns.text(target.target()));
        new TreeMap<>(target.profile()).forEach((period, periodTarget) ->
                text.append("; ").append(period.label()).append(' ').append(TargetColumns.text(periodTarget)));
        return text.toString();
    }
}
