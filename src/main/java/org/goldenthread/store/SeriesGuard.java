package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.goldenthread.csv.CsvProblem;
import org.goldenthread.csv.Parsed;
import org.goldenthread.measure.KpiDefinition;

/**
 * Keeps an import from changing what a KPI's stored figures and targets mean: once a KPI has either, its frequency,
 * polarity and unit change only through a new definition version, which breaks the series visibly (DOT-05).
 */
final class SeriesGuard {
    private record Meaning(String column, Function<KpiDefinition, Enum<?>> value) {
    }

    private static final List<Meaning> MEANINGS = List.of(new Meaning("unit", KpiDefinition::unit),
            new Meaning("polarity", KpiDefinition::polarity), new Meaning("frequency", KpiDefinition::frequency));

    private final ActiveObjects ao;
    private final Map<String, KpiDefinition> stored;

    SeriesGuard(ActiveObjects ao, Map<String, KpiDefinition> stored) {
        this.ao = ao;
        this.stored = stored;
    }

    List<CsvProblem> problems(Parsed<KpiDefinition> parsed) {
        List<CsvProblem> problems = new ArrayList<>();
        for (int i = 0; i < parsed.items().size(); i++) {
            KpiDefinition imported = parsed.items().get(i);
            KpiDefinition before = stored.get(imported.key());
            if (before == null) {
                continue;
            }
            for (Meaning meaning : MEANINGS) {
                Enum<?> was = meaning.value().apply(before);
                Enum<?> now = meaning.value().apply(imported);
                if (was != now && hasSeries(imported.key())) {
                    problems.add(new CsvProblem(parsed.rows().get(i), meaning.column(), now.name(),
                            "cannot change from " + was.name() + " while " + imported.key()
                                    + " has figures or targets: change it as a new definition version"));
                }
            }
        }
        return problems;
    }

    private boolean hasSeries(String key) {
        return ao.count(MeasurementEntity.class, "KPI_KEY = ?", key) > 0
                || ao.count(TargetEntity.class, "KPI_KEY = ?", key) > 0
                || ao.count(AmendmentEntity.class, "KPI_KEY = ?", key) > 0;
    }
}
