package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.DataQuality;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.InvalidFieldsException;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.status.Status;
import org.goldenthread.status.StatusAssessment;
import org.goldenthread.update.UpdateAction;
import org.goldenthread.update.UpdateState;

/** Figures in Active Objects, audited value by value and commentary by commentary in the same transaction. */
public final class AoMeasurementRepository implements MeasurementRepository {
    /** The update state of a period whose figure has not yet been submitted. */
    static final String AWAITING_DATA = UpdateState.AWAITING_DATA.name();

    private final ActiveObjects ao;
    private final AoAuditTrail audit;
    private final EditClaims claims;
    private final Clock clock;

    public AoMeasurementRepository(ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.audit = new AoAuditTrail(ao);
        this.claims = new EditClaims(ao);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<StoredMeasurement> find(KpiDefinition kpi, FinancialPeriod period) {
        return row(kpi.key(), period).map(row -> stored(kpi, row));
    }

    @Override
    public List<StoredMeasurement> series(KpiDefinition kpi) {
        return Arrays.stream(ao.find(MeasurementEntity.class, "KPI_KEY = ?", kpi.key()))
                .map(row -> stored(kpi, row))
                .sorted(Comparator.comparing(StoredMeasurement::period))
                .toList();
    }

    @Override
    public StoredMeasurement enter(KpiDefinition kpi, FinancialPeriod period, FigureEntry entry, int editVersion,
                                   String userKey) {
        check(kpi, period, entry);
        return ao.executeInTransaction(() -> {
            MeasurementEntity row = claim(kpi, period, editVersion);
            write(kpi, period, row, entry, userKey);
            row.setEditVersion(editVersion + 1);
            row.save();
            if (entry.value().isPresent()) {
                LatestPeriods.advance(ao, kpi.key(), period);
            }
            return stored(kpi, row);
        });
    }

    @Override
    public StoredMeasurement step(KpiDefinition kpi, FinancialPeriod period, UpdateAction action,
                                  Optional<FigureEntry> entry, Optional<StatusAssessment> status, String reason,
                                  int editVersion, String userKey) {
        entry.ifPresent(figure -> check(kpi, period, figure));
        return ao.executeInTransaction(() -> {
            MeasurementEntity row = claim(kpi, period, editVersion);
            if (entry.isPresent()) {
                write(kpi, period, row, entry.get(), userKey);
            }
            UpdateState before = UpdateState.valueOf(row.getUpdateState());
            Date now = Date.from(clock.instant());
            switch (action) {
                case SUBMIT, DATA_NOT_AVAILABLE -> {
                    row.setSubmittedBy(userKey);
                    row.setSubmittedAt(now);
                }
                case VERIFY -> {
                    row.setVerifiedBy(userKey);
                    row.setVerifiedAt(now);
                }
                case SIGN_OFF -> {
                    row.setSignedOffBy(userKey);
                    row.setSignedOffAt(now);
                    status.ifPresent(assessment -> setStatus(row, assessment));
                }
                case PUBLISH -> {
                    row.setPublishedBy(userKey);
                    row.setPublishedAt(now);
                }
                case RETURN -> {
                    row.setSubmittedBy(null);
                    row.setSubmittedAt(null);
                    row.setVerifiedBy(null);
                    row.setVerifiedAt(null);
                }
            }
            row.setUpdateState(action.to().name());
            row.setEditVersion(editVersion + 1);
            row.save();
            String reasonGiven = reason == null || reason.isBlank() ? "" : ": " + reason.strip();
            audit.append(new AuditEvent(kpi.key(), Optional.of(period.id()), "update " + action.apiName(), userKey,
                    clock.instant(), Optional.of(before.label()), Optional.of(action.to().label() + reasonGiven)));
            if (entry.flatMap(FigureEntry::value).isPresent()) {
                LatestPeriods.advance(ao, kpi.key(), period);
            }
            return stored(kpi, row);
        });
    }

    @Override
    public StoredMeasurement restate(KpiDefinition kpi, FinancialPeriod period, BigDecimal value,
                                     StatusAssessment status, String reason, int editVersion, String userKey) {
        check(kpi, period, FigureEntry.of(value, DataQuality.CONFIRMED, ""));
        return ao.executeInTransaction(() -> {
            MeasurementEntity row = claim(kpi, period, editVersion);
            if (row.getPublishedFigure() == null) {
                row.setPublishedFigure(row.getFigure());
                row.setPublishedStatus(row.getStatus());
                row.setPublishedRuleVersion(row.getRuleVersion());
                row.setPublishedExplanation(row.getExplanation());
            }
            Date now = Date.from(clock.instant());
            String before = row.getFigure();
            audit.append(new AuditEvent(kpi.key(), Optional.of(period.id()), "value restated", userKey,
                    now.toInstant(), Optional.ofNullable(before), Optional.of(value.toPlainString() + ": "
                            + reason.strip())));
            if (row.getStatus() != null) {
                audit(kpi, period, userKey, "status", Status.valueOf(row.getStatus()).label(),
                        status.status().label());
                setStatus(row, status);
            }
            // The numerator and denominator made the published figure, not the restated one.
            audit(kpi, period, userKey, "numerator", row.getNumerator(), null);
            audit(kpi, period, userKey, "denominator", row.getDenominator(), null);
            row.setFigure(value.toPlainString());
            row.setNumerator(null);
            row.setDenominator(null);
            row.setRestatedBy(userKey);
            row.setRestatedAt(now);
            row.setRestateReason(reason.strip());
            row.setEditVersion(editVersion + 1);
            row.save();
            return stored(kpi, row);
        });
    }

    @Override
    public StoredMeasurement override(KpiDefinition kpi, FinancialPeriod period, Status status, Status computed,
                                      String reason, int editVersion, String userKey) {
        return ao.executeInTransaction(() -> {
            MeasurementEntity row = claim(kpi, period, editVersion);
            String before = Optional.ofNullable(row.getOverrideStatus()).map(Status::valueOf).orElse(computed).label();
            audit.append(new AuditEvent(kpi.key(), Optional.of(period.id()), "status overridden", userKey,
                    clock.instant(), Optional.of(before), Optional.of(status.label() + " (overridden from "
                            + computed.label() + "): " + reason.strip())));
            row.setOverrideStatus(status.name());
            row.setOverrideReason(reason.strip());
            row.setOverriddenBy(userKey);
            row.setOverriddenAt(Date.from(clock.instant()));
            row.setEditVersion(editVersion + 1);
            row.save();
            return stored(kpi, row);
        });
    }

    @Override
    public StoredMeasurement removeOverride(KpiDefinition kpi, FinancialPeriod period, Status computed, String reason,
                                            int editVersion, String userKey) {
        return ao.executeInTransaction(() -> {
            MeasurementEntity row = claim(kpi, period, editVersion);
            if (row.getOverrideStatus() == null) {
                throw new IllegalStateException(kpi.key() + " " + period.label() + " has no status override");
            }
            audit.append(new AuditEvent(kpi.key(), Optional.of(period.id()), "status override removed", userKey,
                    clock.instant(), Optional.of(Status.valueOf(row.getOverrideStatus()).label() + " (overridden from "
                            + computed.label() + "): " + row.getOverrideReason()),
                    Optional.of(computed.label() + ": " + reason.strip())));
            row.setOverrideStatus(null);
            row.setOverrideReason(null);
            row.setOverriddenBy(null);
            row.setOverriddenAt(null);
            row.setEditVersion(editVersion + 1);
            row.save();
            return stored(kpi, row);
        });
    }

    /** The period's row, made to {@code editVersion}, with the next version claimed; or a conflict. */
    private MeasurementEntity claim(KpiDefinition kpi, FinancialPeriod period, int editVersion) {
        String what = kpi.key() + " " + period.label();
        Optional<MeasurementEntity> existing = row(kpi.key(), period);
        int stored = existing.map(MeasurementEntity::getEditVersion).orElse(0);
        if (stored != editVersion) {
            throw new ConflictException(what, stored, editVersion);
        }
        claims.claim("FIGURE " + LatestPeriods.rowKey(kpi.key(), period), editVersion + 1,
                () -> new ConflictException(what, editVersion + 1, editVersion));
        return existing.orElseGet(() -> create(kpi, period));
    }

    /** Writes the figure, data quality and commentary, auditing each that changed. */
    private void write(KpiDefinition kpi, FinancialPeriod period, MeasurementEntity row, FigureEntry entry,
                       String userKey) {
        audit(kpi, period, userKey, "value", row.getFigure(), text(entry.value()));
        audit(kpi, period, userKey, "data quality", row.getDataQuality(), entry.dataQuality().name());
        audit(kpi, period, userKey, "commentary", row.getCommentary(), entry.commentary());
        row.setFigure(text(entry.value()));
        row.setNumerator(text(entry.numerator()));
        row.setDenominator(text(entry.denominator()));
        row.setDataQuality(entry.dataQuality().name());
        row.setCommentary(entry.commentary());
        row.setDefVersion(kpi.definitionVersion());
    }

    @Override
    public void recordStatus(KpiDefinition kpi, FinancialPeriod period, StatusAssessment assessment) {
        ao.executeInTransaction(() -> {
            MeasurementEntity row = row(kpi.key(), period).orElseGet(() -> create(kpi, period));
            setStatus(row, assessment);
            row.save();
            return null;
        });
    }

    private static void setStatus(MeasurementEntity row, StatusAssessment assessment) {
        row.setStatus(assessment.status().name());
        row.setRuleVersion(assessment.ruleVersion());
        row.setExplanation(assessment.explanation());
    }

    /** Refuses a period of the wrong frequency and a figure outside the KPI's plausible range. */
    private static void check(KpiDefinition kpi, FinancialPeriod period, FigureEntry entry) {
        String subject = "Figure for " + kpi.key() + " " + period.label();
        if (period.frequency() != kpi.frequency()) {
            throw InvalidFieldsException.of(subject, "period", "must be " + kpi.frequency().name() + " like the KPI");
        }
        if (entry.value().isPresent() && !kpi.plausibleRange().contains(entry.value().get())) {
            throw InvalidFieldsException.of(subject, "value", "must lie in the KPI's plausible range ("
                    + kpi.plausibleRange().describe() + "), but is " + entry.value().get().toPlainString());
        }
    }

    private MeasurementEntity create(KpiDefinition kpi, FinancialPeriod period) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("KPI_KEY", kpi.key());
        columns.put("PERIOD_ID", period.id());
        columns.put("ROW_KEY", LatestPeriods.rowKey(kpi.key(), period));
        columns.put("UPDATE_STATE", AWAITING_DATA);
        columns.put("DEF_VERSION", kpi.definitionVersion());
        columns.put("EDIT_VERSION", 0);
        return ao.create(MeasurementEntity.class, columns);
    }

    private Optional<MeasurementEntity> row(String key, FinancialPeriod period) {
        MeasurementEntity[] rows = ao.find(MeasurementEntity.class, "ROW_KEY = ?", LatestPeriods.rowKey(key, period));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private void audit(KpiDefinition kpi, FinancialPeriod period, String userKey, String subject, String before,
                       String after) {
        Optional<String> old = Optional.ofNullable(before).filter(text -> !text.isEmpty());
        Optional<String> updated = Optional.ofNullable(after).filter(text -> !text.isEmpty());
        if (!old.equals(updated)) {
            audit.append(new AuditEvent(kpi.key(), Optional.of(period.id()), subject, userKey, clock.instant(), old,
                    updated));
        }
    }

    static StoredMeasurement stored(KpiDefinition kpi, MeasurementEntity row) {
        FigureEntry entry = new FigureEntry(decimal(row.getFigure()), decimal(row.getNumerator()),
                decimal(row.getDenominator()),
                row.getDataQuality() == null ? DataQuality.CONFIRMED : DataQuality.valueOf(row.getDataQuality()),
                row.getCommentary());
        Optional<RecordedStatus> status = Optional.ofNullable(row.getStatus()).map(name -> new RecordedStatus(
                Status.valueOf(name), row.getRuleVersion(), Objects.requireNonNullElse(row.getExplanation(), "")));
        return new StoredMeasurement(row.getKpiKey(), FinancialPeriod.parse(row.getPeriodId(), kpi.frequency()), entry,
                row.getUpdateState(), row.getDefVersion(), row.getEditVersion(), status,
                Optional.ofNullable(row.getSubmittedBy()),
                Optional.ofNullable(row.getPublishedAt()).map(Date::toInstant), restatement(row), override(row));
    }

    private static Optional<Restatement> restatement(MeasurementEntity row) {
        if (row.getPublishedFigure() == null || row.getRestatedAt() == null) {
            return Optional.empty();
        }
        Optional<RecordedStatus> published = Optional.ofNullable(row.getPublishedStatus())
                .map(name -> new RecordedStatus(Status.valueOf(name), row.getPublishedRuleVersion(),
                        Objects.requireNonNullElse(row.getPublishedExplanation(), "")));
        return Optional.of(new Restatement(new BigDecimal(row.getPublishedFigure()), published,
                new BigDecimal(row.getFigure()), row.getRestatedBy(),
                row.getRestatedAt().toInstant(), Objects.requireNonNullElse(row.getRestateReason(), ""), false));
    }

    private static Optional<StatusOverride> override(MeasurementEntity row) {
        return Optional.ofNullable(row.getOverrideStatus()).map(name -> new StatusOverride(Status.valueOf(name),
                Objects.requireNonNullElse(row.getOverrideReason(), ""), row.getOverriddenBy(),
                row.getOverriddenAt().toInstant()));
    }

    private static String text(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse(null);
    }

    private static Optional<BigDecimal> decimal(String text) {
        return Optional.ofNullable(text).filter(value -> !value.isEmpty()).map(BigDecimal::new);
    }
}
