package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.goldenthread.benchmark.BenchmarkValue;
import org.goldenthread.csv.BenchmarkCsv;
import org.goldenthread.csv.CsvFormatException;
import org.goldenthread.csv.CsvProblem;
import org.goldenthread.csv.CsvReader;
import org.goldenthread.csv.CsvTable;
import org.goldenthread.csv.KpiCsv;
import org.goldenthread.csv.MeasurementCsv;
import org.goldenthread.csv.Parsed;
import org.goldenthread.csv.TargetCsv;
import org.goldenthread.measure.AnnualTarget;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.update.UpdateState;

/**
 * Imports the CSV files a council brings from spreadsheets or its old system (SYS-01). Every row is checked first; if
 * any breaks a rule, the job fails with every problem listed and nothing is written. Otherwise all rows are written
 * in one transaction, and a row already as stored is left alone, so importing the same file twice changes nothing.
 */
public final class CsvImport {
    /** The update state of a figure that was published before it came into Golden Thread. */
    static final String PUBLISHED = UpdateState.PUBLISHED.name();

    private final ActiveObjects ao;
    private final Clock clock;
    private final ImportJobs jobs;
    private final AoKpiRepository kpis;
    private final AoTargetRepository targets;
    private final AoMeasurementRepository measurements;

    public CsvImport(ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.jobs = new ImportJobs(ao, clock);
        this.kpis = new AoKpiRepository(ao, clock);
        this.targets = new AoTargetRepository(ao, clock);
        this.measurements = new AoMeasurementRepository(ao, clock);
    }

    public Optional<ImportJob> job(int id) {
        return jobs.find(id);
    }

    public ImportJob importKpis(String fileName, byte[] file, String userKey) {
        return importFile(ImportJob.Kind.KPIS, fileName, file, userKey);
    }

    public ImportJob importTargets(String fileName, byte[] file, String userKey) {
        return importFile(ImportJob.Kind.TARGETS, fileName, file, userKey);
    }

    public ImportJob importMeasurements(String fileName, byte[] file, String userKey) {
        return importFile(ImportJob.Kind.MEASUREMENTS, fileName, file, userKey);
    }

    public ImportJob importBenchmarks(String fileName, byte[] file, String userKey) {
        return importFile(ImportJob.Kind.BENCHMARKS, fileName, file, userKey);
    }

    /** Imports the file now, and answers with the finished job. */
    public ImportJob importFile(ImportJob.Kind kind, String fileName, byte[] file, String userKey) {
        return run(start(kind, fileName, userKey), file);
    }

    /** Records a job for the file, so that its id can be given out before the file is read. */
    public int start(ImportJob.Kind kind, String fileName, String userKey) {
        return jobs.start(kind, fileName, userKey);
    }

    /** Checks and writes the file of a started job, and answers with the finished job. */
    public ImportJob run(int id, byte[] file) {
        ImportJob job = jobs.find(id).orElseThrow(() -> new IllegalArgumentException("no import job " + id));
        String userKey = job.userKey();
        return run(id, file, switch (job.kind()) {
            case KPIS -> table -> {
                Parsed<KpiDefinition> parsed = KpiCsv.parse(table);
                if (!parsed.ok()) {
                    return new Plan(parsed.problems(), () -> new ImportJobs.Counts(0, 0, 0));
                }
                return new Plan(new SeriesGuard(ao, storedKpis()).problems(parsed),
                        () -> writeKpis(parsed.items(), userKey));
            };
            case TARGETS -> table -> {
                Parsed<TargetCsv.YearTarget> parsed = TargetCsv.parse(table, storedKpis());
                return new Plan(parsed.problems(), () -> writeTargets(parsed.items(), userKey));
            };
            case MEASUREMENTS -> table -> {
                Parsed<MeasurementCsv.Figure> parsed = MeasurementCsv.parse(table, storedKpis());
                if (!parsed.ok()) {
                    return new Plan(parsed.problems(), () -> new ImportJobs.Counts(0, 0, 0));
                }
                HistoryImport history = new HistoryImport(parsed, this::series);
                return new Plan(history.problems(), () -> history.write(ao, clock, userKey));
            };
            case BENCHMARKS -> table -> {
                Parsed<BenchmarkValue> parsed = BenchmarkCsv.parse(table);
                return new Plan(parsed.problems(), () -> writeBenchmarks(parsed.items()));
            };
        });
    }

    private record Plan(List<CsvProblem> problems, Supplier<ImportJobs.Counts> write) {
    }

    private ImportJob run(int id, byte[] file, Function<CsvTable, Plan> planner) {
        CsvTable table;
        try {
            table = CsvReader.read(file);
        } catch (CsvFormatException e) {
            return jobs.failed(id, List.of(CsvProblem.ofFile(e.getMessage())));
        }
        jobs.rows(id, table.rows().size());
        Plan plan;
        try {
            plan = planner.apply(table);
        } catch (RuntimeException e) {
            return jobs.failed(id, List.of(CsvProblem.ofFile("Nothing was imported: the file could not be checked "
                    + "against what is stored (" + e.getMessage() + ")")));
        }
        if (!plan.problems().isEmpty()) {
            return jobs.failed(id, plan.problems());
        }
        jobs.writing(id);
        try {
            // The job's outcome commits with the rows it counts, so no node can see one without the other.
            ao.executeInTransaction(() -> {
                jobs.succeeded(id, plan.write().get());
                return null;
            });
            return jobs.find(id).orElseThrow();
        } catch (RuntimeException e) {
            return jobs.failed(id, List.of(CsvProblem.ofFile("Nothing was imported: " + e.getMessage())));
        }
    }

    private Map<String, KpiDefinition> storedKpis() {
        Map<String, KpiDefinition> byKey = new HashMap<>();
        kpis.all().forEach(stored -> byKey.put(stored.definition().key(), stored.definition()));
        return byKey;
    }

    private List<StoredMeasurement> series(KpiDefinition kpi) {
        return measurements.series(kpi);
    }

    /**
     * A KPI already stored keeps its definition version: an import never starts a new one, which is a controlled
     * change with a reason ({@link KpiRepository#update(KpiDefinition, int, String, String)}).
     */
    private ImportJobs.Counts writeKpis(List<KpiDefinition> imported, String userKey) {
        ImportJobs.Counts counts = new ImportJobs.Counts(0, 0, 0);
        for (KpiDefinition kpi : imported) {
            Optional<StoredKpi> stored = kpis.find(kpi.key());
            if (stored.isEmpty()) {
                kpis.create(kpi, userKey);
                counts = counts.plus(new ImportJobs.Counts(1, 0, 0));
                continue;
            }
            KpiDefinition same = kpi.toBuilder().definitionVersion(stored.get().definition().definitionVersion())
                    .build();
            if (same.equals(stored.get().definition())) {
                counts = counts.plus(new ImportJobs.Counts(0, 0, 1));
            } else {
                kpis.update(same, stored.get().editVersion(), userKey);
                counts = counts.plus(new ImportJobs.Counts(0, 1, 0));
            }
        }
        return counts;
    }

    private ImportJobs.Counts writeTargets(List<TargetCsv.YearTarget> imported, String userKey) {
        ImportJobs.Counts counts = new ImportJobs.Counts(0, 0, 0);
        for (TargetCsv.YearTarget year : imported) {
            Optional<AnnualTarget> stored = targets.schedule(year.kpi()).forYear(year.target().year());
            if (stored.isPresent() && stored.get().equals(year.target())) {
                counts = counts.plus(new ImportJobs.Counts(0, 0, 1));
            } else {
                targets.setAnnual(year.kpi(), year.target(), year.reason(), userKey);
                counts = counts.plus(new ImportJobs.Counts(stored.isEmpty() ? 1 : 0, stored.isPresent() ? 1 : 0, 0));
            }
        }
        return counts;
    }

    /** A figure already held for the same indicator, period, authority and group is updated if it differs. */
    private ImportJobs.Counts writeBenchmarks(List<BenchmarkValue> imported) {
        Map<String, BenchmarkEntity> stored = new HashMap<>();
        for (BenchmarkEntity row : ao.find(BenchmarkEntity.class)) {
            stored.put(row.getRowKey(), row);
        }
        List<Map<String, Object>> fresh = new ArrayList<>();
        int changed = 0;
        int unchanged = 0;
        for (BenchmarkValue value : imported) {
            BenchmarkEntity row = stored.get(AoBenchmarkRepository.rowKey(value));
            if (row == null) {
                Map<String, Object> columns = new HashMap<>();
                columns.put("INDICATOR_CODE", value.indicator());
                columns.put("PERIOD_ID", value.period().id());
                columns.put("FREQUENCY", value.period().frequency().name());
                columns.put("AUTHORITY", value.authority());
                columns.put("COMPARATOR_GROUP", value.comparatorGroup().orElse(null));
                columns.put("BENCH_VALUE", value.value().toPlainString());
                columns.put("SOURCE", value.source().orElse(null));
                columns.put("ROW_KEY", AoBenchmarkRepository.rowKey(value));
                fresh.add(columns);
            } else if (AoBenchmarkRepository.value(row).equals(value)) {
                unchanged++;
            } else {
                row.setBenchValue(value.value().toPlainString());
                row.setSource(value.source().orElse(null));
                row.save();
                changed++;
            }
        }
        if (!fresh.isEmpty()) {
            ao.create(BenchmarkEntity.class, fresh);
        }
        return new ImportJobs.Counts(fresh.size(), changed, unchanged);
    }

    /**
     * Past figures: a period with no figure yet gets the imported one, published; a period whose figure is the same
     * is left alone; a period with a different figure is refused, as a change to it is a restatement.
     */
    private static final class HistoryImport {
        private final List<MeasurementCsv.Figure> fresh = new ArrayList<>();
        private final List<CsvProblem> problems = new ArrayList<>();
        private int unchanged;

        HistoryImport(Parsed<MeasurementCsv.Figure> parsed, Function<KpiDefinition, List<StoredMeasurement>> series) {
            Map<String, Map<String, StoredMeasurement>> stored = new HashMap<>();
            for (int i = 0; i < parsed.items().size(); i++) {
                MeasurementCsv.Figure figure = parsed.items().get(i);
                Map<String, StoredMeasurement> byPeriod = stored.computeIfAbsent(figure.kpi().key(), key -> {
                    Map<String, StoredMeasurement> periods = new HashMap<>();
                    series.apply(figure.kpi()).forEach(row -> periods.put(row.period().id(), row));
                    return periods;
                });
                StoredMeasurement existing = byPeriod.get(figure.period().id());
                if (existing == null) {
                    fresh.add(figure);
                } else if (same(existing, figure)) {
                    unchanged++;
                } else {
                    String state = existing.updateState().toLowerCase(Locale.ROOT).replace('_', ' ');
                    problems.add(new CsvProblem(parsed.rows().get(i), "value", figure.value().toPlainString(),
                            figure.kpi().key() + " " + figure.period().label() + " already has "
                                    + existing.value().map(BigDecimal::toPlainString).orElse("an update") + " ("
                                    + state + "): change it through its update or a restatement, not an import"));
                }
            }
        }

        List<CsvProblem> problems() {
            return problems;
        }

        private static boolean same(StoredMeasurement stored, MeasurementCsv.Figure figure) {
            FigureEntry entry = stored.entry();
            return entry.value().isPresent() && entry.value().get().compareTo(figure.value()) == 0 && entry.dataQuality() == figure.dataQuality()
                    && entry.commentary().equals(figure.commentary())
                    && sameNumber(entry.numerator(), figure.numerator())
                    && sameNumber(entry.denominator(), figure.denominator());
        }

        private static boolean sameNumber(Optional<BigDecimal> a, Optional<BigDecimal> b) {
            return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
        }

        /** Inserts the new figures and their audit events in bulk. */
        ImportJobs.Counts write(ActiveObjects ao, Clock clock, String userKey) {
            Date now = Date.from(clock.instant());
            List<Map<String, Object>> rows = new ArrayList<>();
            List<Map<String, Object>> audit = new ArrayList<>();
            for (MeasurementCsv.Figure figure : fresh) {
                Map<String, Object> row = new HashMap<>();
                row.put("KPI_KEY", figure.kpi().key());
                row.put("PERIOD_ID", figure.period().id());
                row.put("ROW_KEY", LatestPeriods.rowKey(figure.kpi().key(), figure.period()));
                row.put("FIGURE", figure.value().toPlainString());
                row.put("NUMERATOR", figure.numerator().map(BigDecimal::toPlainString).orElse(null));
                row.put("DENOMINATOR", figure.denominator().map(BigDecimal::toPlainString).orElse(null));
                row.put("DATA_QUALITY", figure.dataQuality().name());
                row.put("COMMENTARY", figure.commentary());
                row.put("UPDATE_STATE", PUBLISHED);
                row.put("DEF_VERSION", figure.kpi().definitionVersion());
                row.put("PUBLISHED_BY", userKey);
                row.put("PUBLISHED_AT", now);
                row.put("EDIT_VERSION", 1);
                rows.add(row);
                audit.add(event(figure, "value imported", figure.value().toPlainString(), userKey, now));
                audit.add(event(figure, "data quality", figure.dataQuality().name(), userKey, now));
                if (!figure.commentary().isEmpty()) {
                    audit.add(event(figure, "commentary", figure.commentary(), userKey, now));
                }
            }
            if (!rows.isEmpty()) {
                ao.create(MeasurementEntity.class, rows);
                ao.create(AuditEventEntity.class, audit);
            }
            Map<String, FinancialPeriod> latest = new HashMap<>();
            for (MeasurementCsv.Figure figure : fresh) {
                latest.merge(figure.kpi().key(), figure.period(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
            latest.forEach((key, period) -> LatestPeriods.advance(ao, key, period));
            return new ImportJobs.Counts(rows.size(), 0, unchanged);
        }

        private static Map<String, Object> event(MeasurementCsv.Figure figure, String subject, String newValue,
                                                 String userKey, Date now) {
            Map<String, Object> event = new HashMap<>();
            event.put("KPI_KEY", figure.kpi().key());
            event.put("PERIOD_ID", figure.period().id());
            event.put("SUBJECT", subject);
            event.put("USER_KEY", userKey);
            event.put("OCCURRED", now);
            event.put("OLD_VALUE", null);
            event.put("NEW_VALUE", newValue);
            return event;
        }
    }
}
