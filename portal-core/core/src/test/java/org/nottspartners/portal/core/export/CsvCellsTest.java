package org.nottspartners.portal.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsShownInstead() {
        assertThat(CsvCells.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(CsvCells.cell("+44 115")).isEqualTo("\"'+44 115\"");
        assertThat(CsvCells.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvCells.cell("\tx")).isEqualTo("\"'\tx\"");
    }

    @Test
    void ordinaryTextIsQuotedWithItsQuotesDoubled() {
        assertThat(CsvCells.cell("O'Neil-Smith")).isEqualTo("\"O'Neil-Smith\"");
        assertThat(CsvCells.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.cell(null)).isEmpty();
        assertThat(CsvCells.line("a", null, 3)).isEqualTo("\"a\",,\"3\"");
    }

    @Test
    void aWholeFileOpensInASpreadsheetAsWritten() {
        String csv = CsvCells.document(java.util.List.of("Given name", "Family name"),
                java.util.stream.Stream.of(java.util.List.of("Zoë", "=cmd"), java.util.Arrays.asList("Kai", null)));

        assertThat(csv).startsWith("\uFEFF\"Given name\",\"Family name\"\r\n")
                .contains("\"Zoë\",\"'=cmd\"\r\n")
                .endsWith("\"Kai\",\r\n");
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
        assertThat(CsvCells.MEDIA_TYPE).isEqualTo("text/csv; charset=utf-8");
    }
}
