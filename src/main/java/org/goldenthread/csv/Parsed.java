package org.goldenthread.csv;

import java.util.List;

/**
 * What a file held: the items read, in file order, with the row each came from, and every problem found; import only
 * when there are none.
 */
public record Parsed<T>(List<T> items, List<Integer> rows, List<CsvProblem> problems) {
    public Parsed {
        items = List.copyOf(items);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        if (items.size() != rows.size()) {
            throw new IllegalArgumentException("every item needs its row number");
        }
    }

    static <T> Parsed<T> failed(List<CsvProblem> problems) {
        return new Parsed<>(List.of(), List.of(), problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
