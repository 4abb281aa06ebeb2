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
}
