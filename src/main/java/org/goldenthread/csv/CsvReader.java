package org.goldenthread.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads CSV as spreadsheets write it: UTF-8 with or without a byte-order mark, comma or semicolon separated (whichever
 * the header uses, or as Excel's {@code sep=} line names), fields quoted with double quotes where they hold
 * separators, quotes or line breaks. Rows with nothing in them are skipped.
 */
public final class CsvReader {
    /** Longer than any real row; a longer one means the file is not the CSV it claims to be. */
    public static final int MAX_ROW_CHARACTERS = 65_536;

    private CsvReader() {
    }

    public static CsvTable read(byte[] file) {
        String text = decode(file);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new CsvFormatException("The file is empty: it needs a header row naming its columns.");
        }
        Optional<Character> declared = declaredSeparator(text);
        int headerRow = declared.isPresent() ? 2 : 1;
        String table = declared.isPresent() ? afterFirstLine(text) : text;
        if (table.isBlank()) {
            throw new CsvFormatException("The file is empty: it needs a header row naming its columns.");
        }
        List<List<String>> records = records(table, declared.orElse(separator(table)), headerRow);
        List<String> header = header(records.get(0));
        List<CsvRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> values = records.get(i);
            int row = headerRow + i;
            if (values.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (values.size() > header.size() && !values.subList(header.size(), values.size()).stream()
                    .allMatch(String::isBlank)) {
                throw new CsvFormatException("Row " + row + " has " + values.size() + " fields but the header has "
                        + header.size() + " columns.");
            }
            rows.add(CsvRow.of(row, header, values.subList(0, Math.min(values.size(), header.size()))));
        }
        return new CsvTable(header, headerRow, rows);
    }

    /**
     * Column names, lower-cased and trimmed. Unnamed columns at the end, which a spreadsheet writes for a stray cell
     * or a trailing separator, are left out; an unnamed column between named ones is an error.
     */
    private static List<String> header(List<String> names) {
        List<String> header = new ArrayList<>(names.stream().map(name -> name.strip().toLowerCase(Locale.ROOT))
                .toList());
        while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (column.isEmpty()) {
                throw new CsvFormatException("The header's column " + (i + 1) + " has no name.");
            }
            if (!seen.add(column)) {
                throw new CsvFormatException("The header names the column '" + column + "' twice.");
            }
        }
        return header;
    }

    /** Excel's {@code sep=;} line, which names the separator before the header. */
    private static Optional<Character> declaredSeparator(String text) {
        String first = text.substring(0, firstLineEnd(text)).strip();
        if (first.length() == 5 && first.regionMatches(true, 0, "sep=", 0, 4)) {
            return Optional.of(first.charAt(4));
        }
        return Optional.empty();
    }

    private static int firstLineEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return i;
            }
        }
        return text.length();
    }

    private static String afterFirstLine(String text) {
        int end = firstLineEnd(text);
        if (text.startsWith("\r\n", end)) {
            return text.substring(end + 2);
        }
        return text.substring(Math.min(end + 1, text.length()));
    }

    private static String decode(byte[] file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(file);
        try {
            CharBuffer chars = decoder.decode(bytes);
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new CsvFormatException("The file is not UTF-8 text (the first bad byte is at position "
                    + firstBadByte(file) + "): save it from the spreadsheet as \"CSV UTF-8\".");
        }
    }

    private static int firstBadByte(byte[] file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(file);
        CharBuffer chars = CharBuffer.allocate(file.length);
        decoder.decode(bytes, chars, true);
        return bytes.position() + 1;
    }

    /** The separator the header uses: a semicolon if it has more of them than commas, otherwise a comma. */
    private static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && (quoted || (text.charAt(i) != '\n' && text.charAt(i) != '\r')); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<List<String>> records(String text, char separator, int firstRow) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int recordStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (i - recordStart > MAX_ROW_CHARACTERS) {
                throw new CsvFormatException("Row " + (records.size() + firstRow) + " is longer than " + MAX_ROW_CHARACTERS
                        + " characters, so this is not a CSV file of KPI data.");
            }
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                recordStart = i + 1;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new CsvFormatException("Row " + (records.size() + firstRow)
                    + " opens a quoted field that never closes.");
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
