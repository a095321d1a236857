package org.goldenthread.rest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.goldenthread.contract.KpiChangeRequest;
import org.goldenthread.csv.CsvProblem;
import org.goldenthread.csv.KpiCsv;
import org.goldenthread.csv.Parsed;
import org.goldenthread.measure.KpiDefinition;

/**
 * A controlled change to a KPI's definition (DOT-05, PIT-02): the cells named as in the definitions file and checked
 * as an imported row is; the key and frequency stay, as the KPI's figures are filed under them. A change to what is
 * measured, how, its unit or polarity starts a new definition version, so the series shows a break there.
 */
final class DefinitionChange {
    private static final Set<String> FIXED = Set.of("key", "frequency");

    private DefinitionChange() {
    }

    static KpiDefinition apply(KpiDefinition current, KpiChangeRequest change) {
        if (change.version() == null) {
            throw ApiException.invalid("version", "version is required: the version of the KPI you changed");
        }
        if (change.reason() == null || change.reason().isBlank()) {
            throw ApiException.invalid("reason", "reason is required: say why the definition changes");
        }
        if (change.fields() == null || change.fields().isEmpty()) {
            throw ApiException.invalid("fields", "fields is required: the columns to change and their new values");
        }
        Map<String, String> cells = new HashMap<>();
        change.fields().forEach((column, value) -> cells.put(checked(column), value == null ? "" : value));
        Parsed<KpiDefinition> parsed = KpiCsv.changed(current, cells);
        if (!parsed.problems().isEmpty()) {
            CsvProblem first = parsed.problems().get(0);
            throw ApiException.invalid(first.column(), first.column() + " " + first.rule()
                    + (first.value().isEmpty() ? "" : ", but is '" + first.value() + "'"));
        }
        return parsed.items().get(0).versionedAfter(current);
    }

    private static String checked(String column) {
        if (FIXED.contains(column)) {
            throw ApiException.invalid(column, column + " cannot change: the KPI's figures are filed under it; "
                    + "retire this KPI and define a new one instead");
        }
        if (!KpiCsv.REQUIRED.contains(column) && !KpiCsv.OPTIONAL.contains(column)) {
            Set<String> known = new TreeSet<>(KpiCsv.OPTIONAL);
            known.addAll(KpiCsv.REQUIRED);
            known.removeAll(FIXED);
            throw ApiException.invalid(column, column + " is not a column of the KPI definitions file; the columns "
                    + "are " + String.join(", ", List.copyOf(known)));
        }
        return column;
    }
}
