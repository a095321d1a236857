package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.goldenthread.status.Status;

/**
 * The settings in Active Objects, so every node of a cluster reads the same ones; one audit event per changed
 * setting, written in the same transaction as the change.
 */
public final class AoSettingsRepository implements SettingsRepository {
    private static final String RECORD = "Settings";

    private final ActiveObjects ao;
    private final AoAuditTrail audit;
    private final EditClaims claims;
    private final Clock clock;

    public AoSettingsRepository(ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.audit = new AoAuditTrail(ao);
        this.claims = new EditClaims(ao);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public StoredSettings current() {
        return row().map(row -> new StoredSettings(read(row), row.getEditVersion()))
                .orElseGet(() -> new StoredSettings(CouncilSettings.STANDARD, 0));
    }

    @Override
    public StoredSettings change(CouncilSettings settings, int editVersion, String userKey) {
        Objects.requireNonNull(settings, "settings");
        return ao.executeInTransaction(() -> {
            Optional<SettingsEntity> existing = row();
            int stored = existing.map(SettingsEntity::getEditVersion).orElse(0);
            if (stored != editVersion) {
                throw new ConflictException(RECORD, stored, editVersion);
            }
            claims.claim(RECORD, editVersion + 1, () -> new ConflictException(RECORD, editVersion + 1, editVersion));
            CouncilSettings before = existing.map(AoSettingsRepository::read).orElse(CouncilSettings.STANDARD);
            SettingsEntity row = existing.orElseGet(() -> ao.create(SettingsEntity.class));
            write(row, settings);
            row.setEditVersion(editVersion + 1);
            row.save();
            auditChanges(before, settings, userKey);
            return new StoredSettings(settings, editVersion + 1);
        });
    }

    private Optional<SettingsEntity> row() {
        SettingsEntity[] rows = ao.find(SettingsEntity.class, Query.select().order("ID").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private void auditChanges(CouncilSettings before, CouncilSettings after, String userKey) {
        Map<String, String> old = described(before);
        described(after).forEach((name, value) -> {
            if (!value.equals(old.get(name))) {
                audit.append(new AuditEvent(AUDIT_KEY, Optional.empty(), "setting: " + name, userKey,
                        clock.instant(), Optional.of(old.get(name)), Optional.of(value)));
            }
        });
    }

    /** Each setting as the audit log shows it. */
    private static Map<String, String> described(CouncilSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("council tolerance", settings.tolerancePercent().toPlainString() + "% of target");
        values.put("submission lag", settings.submissionLag().toString());
        values.put("updates open", settings.openingLag().toString());
        values.put("commentary required for", statuses(settings)
                + (settings.commentaryOnExceptions() ? " and on exceptions" : ""));
        values.put("action plan when amber", settings.actionPlanAmberPeriods()
                .map(periods -> "for " + periods + " periods in a row").orElse("never"));
        values.put("separation of duties", settings.separationOfDuties() ? "on" : "off");
        values.put("public reporting", settings.publicReporting() ? "on" : "off");
        values.put("councillor read mode", settings.councillorReadMode().name());
        values.put("authority code", settings.authorityCode().orElse("none"));
        return values;
    }

    private static String statuses(CouncilSettings settings) {
        return settings.commentaryStatuses().isEmpty() ? "no status"
                : settings.commentaryStatuses().stream().sorted().map(Status::name).collect(Collectors.joining(","));
    }

    private static void write(SettingsEntity row, CouncilSettings settings) {
        row.setTolerancePercent(settings.tolerancePercent().toPlainString());
        row.setSubmissionLag(settings.submissionLag().toString());
        row.setOpeningLag(settings.openingLag().toString());
        row.setCommentaryStatuses(settings.commentaryStatuses().stream().sorted().map(Status::name)
                .collect(Collectors.joining(",")));
        row.setCommentaryOnExceptions(settings.commentaryOnExceptions());
        row.setAmberPeriods(settings.actionPlanAmberPeriods().orElse(0));
        row.setSeparationOfDuties(settings.separationOfDuties());
        row.setPublicReporting(settings.publicReporting());
        row.setReadMode(settings.councillorReadMode().name());
        row.setAuthorityCode(settings.authorityCode().orElse(null));
    }

    private static CouncilSettings read(SettingsEntity row) {
        return new CouncilSettings(new BigDecimal(row.getTolerancePercent()), Period.parse(row.getSubmissionLag()),
                row.getOpeningLag() == null ? Period.ZERO : Period.parse(row.getOpeningLag()),
                Arrays.stream(Objects.toString(row.getCommentaryStatuses(), "").split(","))
                        .filter(name -> !name.isBlank()).map(Status::valueOf).collect(Collectors.toSet()),
                row.isCommentaryOnExceptions(),
                row.getAmberPeriods() == 0 ? Optional.empty() : Optional.of(row.getAmberPeriods()),
                row.isSeparationOfDuties(), row.isPublicReporting(),
                CouncilSettings.ReadMode.valueOf(row.getReadMode()), Optional.ofNullable(row.getAuthorityCode()));
    }
}
