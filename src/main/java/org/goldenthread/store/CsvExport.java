package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.csv.BenchmarkCsv;
import org.goldenthread.csv.KpiCsv;
import org.goldenthread.csv.MeasurementCsv;
import org.goldenthread.csv.TargetCsv;
import org.goldenthread.measure.AnnualTarget;
import org.goldenthread.measure.KpiDefinition;

/**
 * Writes the stored KPIs, targets, figures and benchmarks as the files {@link CsvImport} reads: exact, so they import
 * unchanged.
 */
public final class CsvExport {
    private final AoKpiRepository kpis;
    private final AoTargetRepository targets;
    private final AoMeasurementRepository measurements;
    private final AoBenchmarkRepository benchmarks;

    public CsvExport(ActiveObjects ao, Clock clock) {
        this.benchmarks = new AoBenchmarkRepository(ao);
        this.kpis = new AoKpiRepository(ao, clock);
        this.targets = new AoTargetRepository(ao, clock);
        this.measurements = new AoMeasurementRepository(ao, clock);
    }

    public String kpis() {
        return KpiCsv.write(definitions());
    }

    public String targets() {
        List<TargetCsv.YearTarget> rows = new ArrayList<>();
        for (KpiDefinition kpi : definitions()) {
            for (AnnualTarget year : targets.schedule(kpi).years()) {
                rows.add(new TargetCsv.YearTarget(kpi, year));
            }
        }
        return TargetCsv.write(rows);
    }

    /** Every period that has a figure. */
    public String measurements() {
        List<MeasurementCsv.Figure> rows = new ArrayList<>();
        for (KpiDefinition kpi : definitions()) {
            for (StoredMeasurement stored : measurements.series(kpi)) {
                stored.value().ifPresent(value -> rows.add(new MeasurementCsv.Figure(kpi, stored.period(), value,
                        stored.entry().numerator(), stored.entry().denominator(), stored.dataQuality(),
                        stored.entry().commentary())));
            }
        }
        return MeasurementCsv.write(rows);
    }

    public String benchmarks() {
        return BenchmarkCsv.write(benchmarks.all());
    }

    private List<KpiDefinition> definitions() {
        return kpis.all().stream().map(StoredKpi::definition).toList();
    }
}
