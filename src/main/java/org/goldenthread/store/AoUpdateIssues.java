package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;

/** Update issue claims in Active Objects; the unique claim key lets only one claim of a KPI and period commit. */
public final class AoUpdateIssues implements UpdateIssues {
    private final ActiveObjects ao;
    private final Clock clock;

    public AoUpdateIssues(ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean claim(KpiDefinition kpi, FinancialPeriod period) {
        String key = UpdateIssues.claimKey(kpi, period);
        try {
            return ao.executeInTransaction(() -> {
                if (row(key).isPresent()) {
                    return false;
                }
                ao.create(UpdateIssueEntity.class, Map.of("CLAIM_KEY", key, "KPI_KEY", kpi.key(), "PERIOD_ID",
                        period.id(), "CLAIMED_AT", Date.from(clock.instant())));
                return true;
            });
        } catch (RuntimeException e) {
            if (row(key).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<Claim> find(KpiDefinition kpi, FinancialPeriod period) {
        return row(UpdateIssues.claimKey(kpi, period))
                .map(row -> new Claim(row.getKpiKey(), period, Optional.ofNullable(row.getIssueId())));
    }

    @Override
    public void made(KpiDefinition kpi, FinancialPeriod period, long issueId) {
        ao.executeInTransaction(() -> {
            UpdateIssueEntity row = row(UpdateIssues.claimKey(kpi, period)).orElseThrow(() ->
                    new IllegalStateException(kpi.key() + " " + period.label() + " was never claimed"));
            row.setIssueId(issueId);
            row.save();
            return null;
        });
    }

    @Override
    public Optional<UpdateOf> updateOf(long issueId) {
        UpdateIssueEntity[] rows = ao.find(UpdateIssueEntity.class, "ISSUE_ID = ?", issueId);
        return rows.length == 0 ? Optional.empty() : Optional.of(new UpdateOf(rows[0].getKpiKey(),
                rows[0].getPeriodId()));
    }

    private Optional<UpdateIssueEntity> row(String key) {
        UpdateIssueEntity[] rows = ao.find(UpdateIssueEntity.class, "CLAIM_KEY = ?", key);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }
}
