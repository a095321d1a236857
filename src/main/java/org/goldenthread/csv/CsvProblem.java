package org.goldenthread.csv;

import java.util.Objects;

/**
 * One broken rule in an import file: the row (the header is row 1), the column, the value found and the rule; or, with
 * row 0 and no column, a problem with the file as a whole.
 */
public record CsvProblem(int row, String column, String value, String rule) {
    public CsvProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
    }

    public static CsvProblem ofFile(String message) {
        return new CsvProblem(0, "", "", message);
    }

    @Override
    public String toString() {
        if (row == 0) {
            return rule;
        }
        return "row " + row + ", column " + column + (value.isEmpty() ? "" : " ('" + value + "')") + ": " + rule;
    }
}
