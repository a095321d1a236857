package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import net.java.ao.Query;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.TargetInForce;

/**
 * Reads every KPI with its latest figure, recorded status and target in four queries, however many KPIs and periods
 * there are: the KPIs, their latest figures (marked as such), their latest years' targets (joined on a key the KPI
 * keeps), and the amendments.
 */
public final class ScorecardReader {
    private final ActiveObjects ao;

    public ScorecardReader(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    public List<ScorecardRow> read() {
        KpiEntity[] kpis = ao.find(KpiEntity.class, Query.select().order("KPI_KEY"));
        Map<String, MeasurementEntity> latest = new HashMap<>();
        for (MeasurementEntity row : ao.find(MeasurementEntity.class, "LATEST_FIGURE = ?", true)) {
            latest.put(row.getKpiKey(), row);
        }
        Map<String, List<TargetEntity>> targets = byKpi(ao.find(TargetEntity.class, Query.select()
                .alias(TargetEntity.class, "t").alias(KpiEntity.class, "k")
                .join(KpiEntity.class, "k.LATEST_YEAR = t.YEAR_KEY")), TargetEntity::getKpiKey);
        Map<String, List<AmendmentEntity>> amendments =
                byKpi(ao.find(AmendmentEntity.class), AmendmentEntity::getKpiKey);

        List<ScorecardRow> rows = new ArrayList<>();
        for (KpiEntity kpi : kpis) {
            KpiDefinition definition = KpiRows.read(kpi);
            Optional<StoredMeasurement> figure = Optional.ofNullable(latest.get(kpi.getKpiKey()))
                    .map(row -> AoMeasurementRepository.stored(definition, row));
            Optional<TargetInForce> target = figure.flatMap(stored -> AoTargetRepository
                    .schedule(definition, targets.getOrDefault(kpi.getKpiKey(), List.of()),
                            amendments.getOrDefault(kpi.getKpiKey(), List.of()))
                    .targetFor(stored.period()));
            rows.add(new ScorecardRow(new StoredKpi(definition, kpi.getEditVersion(),
                    Optional.ofNullable(kpi.getIssueId())), figure, target));
        }
        return rows;
    }

    private static <T> Map<String, List<T>> byKpi(T[] rows, Function<T, String> key) {
        Map<String, List<T>> byKpi = new HashMap<>();
        for (T row : rows) {
            byKpi.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        return byKpi;
    }
}
