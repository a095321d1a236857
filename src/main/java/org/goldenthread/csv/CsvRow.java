package org.goldenthread.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One data row, numbered as a spreadsheet numbers it (the header is row 1), with its fields by column name. */
public record CsvRow(int number, Map<String, String> fields) {
    public CsvRow {
        fields = Map.copyOf(fields);
    }

    /** The field, trimmed, or empty when the column is absent or the field blank. */
    public Optional<String> get(String column) {
        return Optional.ofNullable(fields.get(column)).map(String::strip).filter(text -> !text.isEmpty());
    }

    static CsvRow of(int number, List<String> header, List<String> values) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            fields.put(header.get(i), i < values.size() ? values.get(i) : "");
        }
        return new CsvRow(number, fields);
    }
}
