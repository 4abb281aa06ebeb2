package org.nottspartners.portal.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every module's spreadsheets (XLSX, with Apache POI's streaming writer so that 100,000 rows stay small in
 * memory), laid out for an analyst: a bold heading row that stays in view, a filter on every column, dates as
 * dates and numbers as numbers, so they sort and sum. A module names its columns; the core writes the file.
 */
public final class Spreadsheets {

    /** What a spreadsheet is sent as. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A column: its heading and how to read its value from a row ({@code null} for an empty cell). */
    public record Column<T>(String heading, Function<T, Object> value) {
    }

    private Spreadsheets() {
    }

    /** The rows as one sheet. Text is never read as a formula (a cell typed {@code =SUM()} shows those words). */
    public static <T> byte[] xlsx(String sheetName, List<Column<T>> columns, List<T> rows) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = book.createSheet(sheetName);
            CellStyle heading = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                head.createCell(i).setCellValue(columns.get(i).heading());
                head.getCell(i).setCellStyle(heading);
            }
            int r = 1;
            for (T item : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < columns.size(); i++) {
                    write(row, i, columns.get(i).value().apply(item), date);
                }
            }
            sheet.createFreezePane(0, 1);
            if (!columns.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
            }
            widen(sheet, columns.size());
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the spreadsheet", e);
        }
    }

    private static void write(Row row, int column, Object value, CellStyle date) {
        var cell = row.createCell(column);
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b ? "Yes" : "No");
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof OffsetDateTime t) {
            cell.setCellValue(t.atZoneSameInstant(org.nottspartners.portal.core.time.Today.ENGLAND).toLocalDate());
            cell.setCellStyle(date);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static void widen(Sheet sheet, int columns) {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, 20 * 256);
        }
    }
}
