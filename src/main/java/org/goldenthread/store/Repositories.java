package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The store as the rest of the app sees it: every repository, over one Active Objects and one clock. In Jira a
 * component extends it with the product's Active Objects.
 */
public class Repositories {
    private final ActiveObjects ao;
    private final Clock clock;

    public Repositories(ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public KpiRepository kpis() {
        return new AoKpiRepository(ao, clock);
    }

    public TargetRepository targets() {
        return new AoTargetRepository(ao, clock);
    }

    public TargetProposals targetProposals() {
        return new AoTargetProposals(ao, clock);
    }

    public MeasurementRepository measurements() {
        return new AoMeasurementRepository(ao, clock);
    }

    public AuditTrail audit() {
        return new AoAuditTrail(ao);
    }

    public ChartNotes chartNotes() {
        return new AoChartNotes(ao, clock);
    }

    public ActionPlanStore actionPlans() {
        return new AoActionPlanStore(ao, clock);
    }

    public BenchmarkRepository benchmarks() {
        return new AoBenchmarkRepository(ao);
    }

    public EnabledProjects enabledProjects() {
        return new AoEnabledProjects(ao, clock);
    }

    public PlanIssues planIssues() {
        return new AoPlanIssues(ao);
    }

    public UpdateIssues updateIssues() {
        return new AoUpdateIssues(ao, clock);
    }

    public PeriodLocks periodLocks() {
        return new AoPeriodLocks(ao, clock);
    }

    public SettingsRepository settings() {
        return new AoSettingsRepository(ao, clock);
    }

    public KpiBundles bundles() {
        return new KpiBundles(ao);
    }

    public ScorecardReader scorecard() {
        return new ScorecardReader(ao);
    }

    public CsvImport csvImport() {
        return new CsvImport(ao, clock);
    }

    public CsvExport csvExport() {
        return new CsvExport(ao, clock);
    }

    /** Runs the work in one transaction: all of its writes are made, or none. */
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }

    public Clock clock() {
        return clock;
    }
}
