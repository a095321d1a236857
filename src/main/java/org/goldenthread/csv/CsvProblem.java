package org.goldenthread.csv;

import java.util.Objects;

/** One broken rule in an import file: the row (the header is row 1), the column, the value found and the rule. */
public record CsvProblem(int row, String column, String value, String rule) {
    public CsvProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
    }

    @Override
    public String toString() {
        return "row " + row + ", column " + column + (value.isEmpty() ? "" : " ('" + value + "')") + ": " + rule;
    }
}
