package org.goldenthread.csv;

import java.util.List;

/** Writes CSV that {@link CsvReader} and spreadsheets read back unchanged: comma separated, quoted where needed. */
public final class CsvWriter {
    private final StringBuilder text = new StringBuilder();

    public CsvWriter(List<String> header) {
        row(header);
    }

    public CsvWriter row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(quoted(fields.get(i) == null ? "" : fields.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String quoted(String field) {
        boolean needsQuotes = field.contains(",") || field.contains(";") || field.contains("\"")
                || field.contains("\n") || field.contains("\r") || !field.equals(field.strip());
        return needsQuotes ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
