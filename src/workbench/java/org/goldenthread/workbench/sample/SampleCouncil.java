package org.goldenthread.workbench.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.goldenthread.actionplan.ActionPlan;
import org.goldenthread.actionplan.Milestone;
import org.goldenthread.csv.CsvReader;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.Frequency;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Target;
import org.goldenthread.store.ChartNotes;
import org.goldenthread.store.ImportJob;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.store.StoredSettings;
import org.goldenthread.store.TargetProposals;

/**
 * Anytown Borough Council, a fictitious council: about thirty KPIs across its directorates with four years of
 * history up to the last complete quarter, targets (one amended mid-year, one profiled), benchmarks, chart notes,
 * two action plans, and the latest quarter's updates under way in several states. Loaded through the same imports
 * and workflow a council uses.
 */
public final class SampleCouncil {
    public static final String NAME = "Anytown Borough Council";
    static final String PERFORMANCE_OFFICER = "perf";
    private static final String ADMINISTRATOR = "admin";

    private final Repositories store;

    public SampleCouncil(Repositories store) {
        this.store = store;
    }

    /** Loads the council into an empty store; a store that already holds KPIs is left alone. */
    public boolean loadIfEmpty() {
        if (!store.kpis().all().isEmpty()) {
            return false;
        }
        load();
        return true;
    }

    private void load() {
        useOwnAuthorityCode();
        importFile(ImportJob.Kind.KPIS, "kpis.csv", resource("kpis.csv"));
        Map<String, KpiDefinition> kpis = store.kpis().all().stream().map(StoredKpi::definition)
                .collect(Collectors.toMap(KpiDefinition::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, SeriesRecipe> recipes = CsvReader.read(resource("series.csv")).rows().stream()
                .map(SeriesRecipe::of).collect(Collectors.toMap(SeriesRecipe::kpi, Function.identity()));
        LocalDate today = LocalDate.now(store.clock());
        SampleHistory history = new SampleHistory(kpis, recipes, today);
        QuarterlyRound round = new QuarterlyRound(store, history, kpis, recipes);

        importFile(ImportJob.Kind.TARGETS, "targets.csv", bytes(history.targets()));
        importFile(ImportJob.Kind.MEASUREMENTS, "history.csv", bytes(history.measurements(round.openKpis())));
        importFile(ImportJob.Kind.BENCHMARKS, "benchmarks.csv", bytes(history.benchmarks()));
        amendTarget(kpis.get("PLN-03"), history.latest(Frequency.QUARTERLY));
        noteServiceChanges(kpis, history);
        addActionPlans(today);
        round.take();
    }

    /** The council's own figures in the benchmark file are then told apart from its neighbours'. */
    private void useOwnAuthorityCode() {
        StoredSettings current = store.settings().current();
        store.settings().change(current.settings().withAuthorityCode(SampleHistory.OWN_AUTHORITY),
                current.editVersion(), ADMINISTRATOR);
    }

    private void amendTarget(KpiDefinition kpi, FinancialPeriod latest) {
        FinancialPeriod effective = latest.number() > 1 ? latest : latest.previous();
        TargetProposals proposals = store.targetProposals();
        int id = proposals.propose(kpi, effective, Target.of(new BigDecimal("100")),
                "Housing delivery forecast revised after two strategic sites were delayed", kpi.owner()).id();
        proposals.approve(kpi, id, 1, "Agreed at the performance clinic", "head");
    }

    private void noteServiceChanges(Map<String, KpiDefinition> kpis, SampleHistory history) {
        ChartNotes notes = store.chartNotes();
        KpiDefinition recycling = kpis.get("WST-01");
        FinancialPeriod contractor = history.periods(recycling).get(8);
        notes.add(recycling, ChartNotes.Kind.ANNOTATION, contractor, "New recycling contractor and weekly food waste",
                PERFORMANCE_OFFICER);
        notes.add(recycling, ChartNotes.Kind.REBASE, contractor, "Service changed: new contractor and food waste",
                PERFORMANCE_OFFICER);
        KpiDefinition benefits = kpis.get("REV-02");
        notes.add(benefits, ChartNotes.Kind.ANNOTATION, history.periods(benefits).get(11),
                "New benefits system went live", PERFORMANCE_OFFICER);
    }

    private void addActionPlans(LocalDate today) {
        store.actionPlans().create(new ActionPlan("WST-03", "Fly-tipping enforcement on the three worst estates",
                "Joint patrols with housing, CCTV at hotspots, and a free bulky waste day each month", "manager",
                today.plusMonths(4), 35, List.of(
                        new Milestone("Hotspot CCTV installed", today.minusMonths(1), true),
                        new Milestone("First free bulky waste day", today.plusWeeks(3), false),
                        new Milestone("Review of fixed penalty notices issued", today.plusMonths(3), false))),
                "manager");
        store.actionPlans().create(new ActionPlan("REV-02", "Clear the new claims backlog after the system change",
                "Backlog team, weekend overtime and a fix for the document upload fault", "manager",
                today.plusMonths(2), 60, List.of(
                        new Milestone("Backlog team in place", today.minusMonths(2), true),
                        new Milestone("Document upload fault fixed by the supplier", today.minusWeeks(2), true),
                        new Milestone("Backlog under 200 claims", today.plusMonths(1), false))),
                "manager");
    }

    private void importFile(ImportJob.Kind kind, String name, byte[] file) {
        ImportJob job = store.csvImport().importFile(kind, "sample-" + name, file, PERFORMANCE_OFFICER);
        if (job.state() != ImportJob.State.SUCCEEDED) {
            throw new IllegalStateException("the sample " + name + " did not import: " + job.problems());
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = SampleCouncil.class.getResourceAsStream("/workbench/sample/" + name)) {
            if (in == null) {
                throw new IllegalStateException("workbench/sample/" + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
