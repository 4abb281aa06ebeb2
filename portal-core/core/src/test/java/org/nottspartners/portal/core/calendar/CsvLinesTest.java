package org.nottspartners.portal.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reader of the shipped calendar data (bank holidays, County quality standards). The files are edited
 * by hand, often in a spreadsheet, so what a spreadsheet writes must be read, and a damaged file must be
 * refused with its line number rather than loaded with a day or a standard missing.
 */
@DisplayName("Calendar data files: what a spreadsheet writes is read, a damaged file is refused")
class CsvLinesTest {

    private static final List<String> HEADER = List.of("date", "name");

    private static List<CsvLines.Row> read(String text) {
        return CsvLines.read(new StringReader(text), "test.csv", HEADER);
    }

    @Test
    @DisplayName("A byte order mark before the header, quoted commas and doubled quotes are read as a spreadsheet wrote them")
    void whatASpreadsheetWrites() {
        List<CsvLines.Row> rows = read("\uFEFFdate,name\n2024-12-26,\"Boxing Day, \"\"St Stephen's\"\"\"\n");

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).field(1)).isEqualTo("Boxing Day, \"St Stephen's\"");
        assertThat(rows.get(0).lineNumber()).isEqualTo(2);
    }

    @Test
    @DisplayName("A row with a field missing, a quote never closed, or no header at all is refused in plain words")
    void damagedFilesRefused() {
        assertThatThrownBy(() -> read("date,name\n2024-12-25\n")).hasMessageContaining("test.csv line 2: expected 2 fields");
        assertThatThrownBy(() -> read("date,name\n2024-12-25,\"Christmas Day\n"))
                .hasMessageContaining("test.csv line 2: a quoted field is not closed");
        assertThatThrownBy(() -> read("\n\n")).hasMessageContaining("test.csv is empty");
    }
}
