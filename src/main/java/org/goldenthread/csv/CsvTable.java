package org.goldenthread.csv;

import java.util.List;

/** A CSV file's header (column names, lower-cased and trimmed), the row it is on, and its data rows. */
public record CsvTable(List<String> header, int headerRow, List<CsvRow> rows) {
    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
