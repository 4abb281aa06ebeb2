package org.nottspartners.portal.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The core's spreadsheet kit (issue 12, issue 22): a file an analyst can sort, filter and sum, read back with POI. */
class SpreadsheetsTest {

    record Case(String reference, LocalDate received, OffsetDateTime closed, Integer priority, boolean urgent) {
    }

    private static final List<Spreadsheets.Column<Case>> COLUMNS = List.of(
            new Spreadsheets.Column<>("Reference", Case::reference),
            new Spreadsheets.Column<>("Received", Case::received),
            new Spreadsheets.Column<>("Closed", Case::closed),
            new Spreadsheets.Column<>("Priority", Case::priority),
            new Spreadsheets.Column<>("Urgent", Case::urgent));

    private static XSSFSheet read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheetAt(0);
    }

    @Test
    void datesAreDatesNumbersAreNumbersAndNothingIsAFormula() throws IOException {
        XSSFSheet sheet = read(Spreadsheets.xlsx("Cases", COLUMNS, List.of(
                new Case("=HYPERLINK(\"http://x\")", LocalDate.of(2026, 3, 2),
                        OffsetDateTime.of(2026, 3, 31, 23, 30, 0, 0, ZoneOffset.UTC), 3, true),
                new Case("EH-2", null, null, null, false))));

        assertThat(sheet.getSheetName()).isEqualTo("Cases");
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Reference");
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        var first = sheet.getRow(1);
        assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(first.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(DateUtil.isCellDateFormatted(first.getCell(1))).isTrue();
        assertThat(first.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        // 23:30 UTC on 31 March 2026 is already 1 April in England (British Summer Time)
        assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(3.0);
        assertThat(first.getCell(4).getStringCellValue()).isEqualTo("Yes");
        var second = sheet.getRow(2);
        assertThat(second.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(second.getCell(4).getStringCellValue()).isEqualTo("No");
    }

    @Test
    void theHeadingsStayInViewAndEveryColumnCanBeFiltered() throws IOException {
        XSSFSheet sheet = read(Spreadsheets.xlsx("Cases", COLUMNS, List.of(new Case("EH-1", null, null, 1, false))));

        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E2");
        assertThat(sheet.getLastRowNum()).isEqualTo(1);
    }
}
