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
import java.util.Set;

/**
 * Reads CSV as spreadsheets write it: UTF-8 with or without a byte-order mark, comma or semicolon separated (whichever
 * the header uses), fields quoted with double quotes where they hold separators, quotes or line breaks.
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
        char separator = separator(text);
        List<List<String>> records = records(text, separator);
        List<String> header = records.get(0).stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!seen.add(column)) {
                throw new CsvFormatException("The header names the column '" + column + "' twice.");
            }
        }
        List<CsvRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> values = records.get(i);
            if (values.size() == 1 && values.get(0).isBlank()) {
                continue;
            }
            if (values.size() > header.size()) {
                throw new CsvFormatException("Row " + (i + 1) + " has " + values.size() + " fields but the header has "
                        + header.size() + " columns.");
            }
            rows.add(CsvRow.of(i + 1, header, values));
        }
        return new CsvTable(header, rows);
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

    private static List<List<String>> records(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int recordStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (i - recordStart > MAX_ROW_CHARACTERS) {
                throw new CsvFormatException("Row " + (records.size() + 1) + " is longer than " + MAX_ROW_CHARACTERS
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
            throw new CsvFormatException("Row " + (records.size() + 1) + " opens a quoted field that never closes.");
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
