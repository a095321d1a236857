package org.goldenthread.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a file's header against a shape's required and optional columns. */
final class Columns {
    private Columns() {
    }

    static List<CsvProblem> check(CsvTable table, List<String> required, List<String> optional) {
        List<CsvProblem> problems = new ArrayList<>();
        for (String column : required) {
            if (!table.header().contains(column)) {
                problems.add(new CsvProblem(table.headerRow(), column, "", "is a required column, and the header lacks it"));
            }
        }
        Set<String> known = new HashSet<>(required);
        known.addAll(optional);
        for (String column : table.header()) {
            if (!known.contains(column)) {
                problems.add(new CsvProblem(table.headerRow(), column, "", "is not a column of this file; the columns are "
                        + String.join(", ", required) + " and, optionally, " + String.join(", ", optional)));
            }
        }
        return problems;
    }
}
