package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.spc.Ghost;
import org.goldenthread.spc.Rebase;

/**
 * Reads what the reports need of many KPIs at once: one query per table for all of them, where reading KPI by KPI
 * costs six queries each. A page of a hundred tiles then costs a handful of queries, not six hundred.
 */
public final class KpiBundles {
    private static final int KEYS_PER_QUERY = 500;

    private final ActiveObjects ao;

    public KpiBundles(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The bundles of the KPIs with these keys, in the order asked; a key that names no KPI is left out. */
    public Map<String, KpiBundle> load(Collection<String> keys) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
        List<KpiEntity> kpis = new ArrayList<>();
        List<MeasurementEntity> measurements = new ArrayList<>();
        List<TargetEntity> targets = new ArrayList<>();
        List<AmendmentEntity> amendments = new ArrayList<>();
        List<ChartNoteEntity> notes = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + KEYS_PER_QUERY));
            kpis.addAll(find(KpiEntity.class, chunk));
            measurements.addAll(find(MeasurementEntity.class, chunk));
            targets.addAll(find(TargetEntity.class, chunk));
            amendments.addAll(find(AmendmentEntity.class, chunk));
            notes.addAll(find(ChartNoteEntity.class, chunk));
        }
        Map<String, KpiBundle> found = bundles(kpis, measurements, targets, amendments, notes);
        Map<String, KpiBundle> inOrder = new LinkedHashMap<>();
        distinct.stream().filter(found::containsKey).forEach(key -> inOrder.put(key, found.get(key)));
        return inOrder;
    }

    /** Every KPI's bundle, in key order. */
    public List<KpiBundle> all() {
        Map<String, KpiBundle> found = bundles(List.of(ao.find(KpiEntity.class, Query.select().order("KPI_KEY"))),
                List.of(ao.find(MeasurementEntity.class)), List.of(ao.find(TargetEntity.class)),
                List.of(ao.find(AmendmentEntity.class)), List.of(ao.find(ChartNoteEntity.class)));
        return new ArrayList<>(found.values());
    }

    private <T extends RawEntity<Integer>> List<T> find(Class<T> type, List<String> keys) {
        String placeholders = String.join(",", Collections.nCopies(keys.size(), "?"));
        return List.of(ao.find(type, "KPI_KEY IN (" + placeholders + ")", keys.toArray()));
    }

    private static Map<String, KpiBundle> bundles(List<KpiEntity> kpis, List<MeasurementEntity> measurements,
                                                  List<TargetEntity> targets, List<AmendmentEntity> amendments,
                                                  List<ChartNoteEntity> notes) {
        Map<String, List<MeasurementEntity>> measurementsOf = byKpi(measurements, MeasurementEntity::getKpiKey);
        Map<String, List<TargetEntity>> targetsOf = byKpi(targets, TargetEntity::getKpiKey);
        Map<String, List<AmendmentEntity>> amendmentsOf = byKpi(amendments, AmendmentEntity::getKpiKey);
        Map<String, List<ChartNoteEntity>> notesOf = byKpi(notes, ChartNoteEntity::getKpiKey);
        Map<String, KpiBundle> bundles = new LinkedHashMap<>();
        for (KpiEntity row : kpis) {
            StoredKpi kpi = AoKpiRepository.stored(row);
            KpiDefinition definition = kpi.definition();
            String key = definition.key();
            List<ChartNoteEntity> kpiNotes = notesOf.getOrDefault(key, List.of());
            bundles.put(key, new KpiBundle(kpi,
                    measurementsOf.getOrDefault(key, List.of()).stream()
                            .map(measurement -> AoMeasurementRepository.stored(definition, measurement))
                            .sorted(Comparator.comparing(StoredMeasurement::period)).toList(),
                    AoTargetRepository.schedule(definition, targetsOf.getOrDefault(key, List.of()),
                            amendmentsOf.getOrDefault(key, List.of())),
                    notes(definition, kpiNotes, ChartNotes.Kind.REBASE).stream()
                            .map(note -> new Rebase(note.getKey(), note.getValue())).toList(),
                    notes(definition, kpiNotes, ChartNotes.Kind.GHOST).stream()
                            .map(note -> new Ghost(note.getKey(), note.getValue())).toList()));
        }
        return bundles;
    }

    private static List<Map.Entry<FinancialPeriod, String>> notes(KpiDefinition kpi, List<ChartNoteEntity> rows,
                                                                  ChartNotes.Kind kind) {
        return rows.stream().filter(row -> row.getKind().equals(kind.name()))
                .map(row -> Map.entry(FinancialPeriod.parse(row.getPeriodId(), kpi.frequency()), row.getNote()))
                .sorted(Map.Entry.comparingByKey()).toList();
    }

    private static <T> Map<String, List<T>> byKpi(List<T> rows, Function<T, String> key) {
        Map<String, List<T>> grouped = new HashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        return grouped;
    }
}
