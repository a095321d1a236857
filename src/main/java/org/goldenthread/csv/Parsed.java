package org.goldenthread.csv;

import java.util.List;

/** What a file held: the items read, in file order, and every problem found; import only when there are none. */
public record Parsed<T>(List<T> items, List<CsvProblem> problems) {
    public Parsed {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
