package org.goldenthread.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as spreadsheets write it (SYS-01), and clear refusals for files that are not. */
class CsvReaderTest {

    @Test
    void readsCommaSeparatedWithQuotesAndLineBreaksInFields() {
        CsvTable table = read("Key,Title\r\nWST-01,\"Recycling, reuse and \"\"composting\"\"\"\r\nWST-02,\"Two\nlines\"\r\n");

        assertThat(table.header()).containsExactly("key", "title");
        assertThat(table.rows()).extracting(CsvRow::number).containsExactly(2, 3);
        assertThat(table.rows().get(0).get("title")).contains("Recycling, reuse and \"composting\"");
        assertThat(table.rows().get(1).get("title")).contains("Two\nlines");
    }

    @Test
    void readsSemicolonSeparatedWithAByteOrderMark() {
        CsvTable table = read("\uFEFFkey;title;updaters\nWST-01;Recycling;\"a;b\"\n\n");

        assertThat(table.header()).containsExactly("key", "title", "updaters");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).get("updaters")).contains("a;b");
    }

    @Test
    void missingTrailingFieldsAreBlank() {
        CsvTable table = read("key,title,owner\nWST-01,Recycling\n");

        assertThat(table.rows().get(0).get("owner")).isEmpty();
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> read("")).isInstanceOf(CsvFormatException.class)
                .hasMessage("The file is empty: it needs a header row naming its columns.");
        assertThatThrownBy(() -> read("\uFEFF \r\n")).hasMessageStartingWith("The file is empty");
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithWhereItGoesWrong() {
        byte[] latin1 = "key,title\nWST-01,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> CsvReader.read(latin1)).isInstanceOf(CsvFormatException.class)
                .hasMessage("The file is not UTF-8 text (the first bad byte is at position 21): save it from the "
                        + "spreadsheet as \"CSV UTF-8\".");
    }

    @Test
    void aTenMegabyteLineIsRefusedWithoutReadingItAsData() {
        String line = "x".repeat(10 * 1024 * 1024);

        assertThatThrownBy(() -> read(line)).isInstanceOf(CsvFormatException.class)
                .hasMessage("Row 1 is longer than 65536 characters, so this is not a CSV file of KPI data.");
    }

    @Test
    void structuralMistakesAreNamed() {
        assertThatThrownBy(() -> read("key,key\n")).hasMessage("The header names the column 'key' twice.");
        assertThatThrownBy(() -> read("key,title\nWST-01,a,b\n"))
                .hasMessage("Row 2 has 3 fields but the header has 2 columns.");
        assertThatThrownBy(() -> read("key,title\nWST-01,\"open\n"))
                .hasMessage("Row 2 opens a quoted field that never closes.");
    }

    @Test
    void excelsSeparatorLineNamesTheSeparatorAndRowsKeepTheirNumbers() {
        CsvTable table = read("sep=;\r\nkey;title,long\r\nWST-01;Recycling, reuse\r\n");

        assertThat(table.header()).containsExactly("key", "title,long");
        assertThat(table.headerRow()).isEqualTo(2);
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(3);
            assertThat(row.fields()).containsEntry("title,long", "Recycling, reuse");
        });
        assertThatThrownBy(() -> read("sep=;\n")).hasMessageStartingWith("The file is empty");
    }

    @Test
    void unnamedColumnsAtTheEndAndRowsOfSeparatorsAloneAreLeftOut() {
        CsvTable table = read("key,title,,\nWST-01,Recycling,,\n,,,\n,\nHOU-07,Occupancy\n,,,\n");

        assertThat(table.header()).containsExactly("key", "title");
        assertThat(table.rows()).extracting(CsvRow::number).containsExactly(2, 5);
        assertThatThrownBy(() -> read("key,,title\n")).hasMessage("The header's column 2 has no name.");
        assertThatThrownBy(() -> read("key,title,\nWST-01,Recycling,stray\n"))
                .hasMessage("Row 2 has 3 fields but the header has 2 columns.");
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() {
        List<String> awkward = List.of("a,b", "say \"hi\"", "two\nlines", " padded ", "semi;colon", "");
        String text = new CsvWriter(List.of("one", "two", "three", "four", "five", "six")).row(awkward).toString();

        CsvRow row = read(text).rows().get(0);

        assertThat(row.fields()).containsEntry("one", "a,b").containsEntry("two", "say \"hi\"")
                .containsEntry("three", "two\nlines").containsEntry("four", " padded ")
                .containsEntry("five", "semi;colon").containsEntry("six", "");
    }

    private static CsvTable read(String text) {
        return CsvReader.read(text.getBytes(StandardCharsets.UTF_8));
    }
}
