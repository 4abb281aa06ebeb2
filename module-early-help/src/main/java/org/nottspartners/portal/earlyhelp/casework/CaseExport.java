package org.nottspartners.portal.earlyhelp.casework;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A team's cases as an XLSX spreadsheet (Apache POI, streaming so that 20,000 rows stay small in memory). */
public final class CaseExport {

    static final String[] HEADINGS = {"Reference", "Family", "Stage", "Received", "Urgent", "Route", "Level (referrer)",
        "Level (council)", "Team", "Lead professional", "Risk", "Existing support", "Outcome"};

    private CaseExport() {
    }

    public static byte[] xlsx(List<EarlyHelpCase> cases) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Early help cases");
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADINGS.length; i++) {
                head.createCell(i).setCellValue(HEADINGS[i]);
            }
            int r = 1;
            for (EarlyHelpCase c : cases) {
                Row row = sheet.createRow(r++);
                String[] values = {c.reference(), c.familyName(), c.stage().label(), c.receivedAt().toLocalDate().toString(),
                    c.urgent() ? "Yes" : "No", c.route().label(), c.believedLevel(), c.decidedLevel(), c.teamCode(),
                    c.leadProfessional(), c.rag() == null ? null : c.rag().name(),
                    c.existingSupport() == null ? null : c.existingSupport().name(),
                    c.closureOutcome() == null ? null : c.closureOutcome().label()};
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
                }
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the spreadsheet", e);
        }
    }
}
