package org.nottspartners.portal.core.letters;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A bundle of evidence as an A4 PDF with OpenPDF (a court bundle, a statement): a title page block, then sections, each
 * with a heading, paragraphs and, where it has one, a table whose heading row repeats on every page; every page numbered
 * "Page n of m" with the council's name, so that a missing page shows. Modules give the words and rows; the layout is
 * the same for every module's bundle.
 */
public final class PdfBundles {

    /** A table: its column headings, relative widths (one per heading) and rows of cells in words. */
    public record Table(List<String> headings, float[] widths, List<List<String>> rows) {

        public Table {
            if (widths.length != headings.size()) {
                throw new IllegalArgumentException("One width per heading");
            }
            if (rows.stream().anyMatch(r -> r.size() != headings.size())) {
                throw new IllegalArgumentException("Every row has one cell per heading");
            }
        }
    }

    /** A section: its heading, its paragraphs, and a table or null; an empty table says "None recorded." */
    public record Section(String heading, List<String> paragraphs, Table table) {
    }

    private PdfBundles() {
    }

    /** The bundle: the council, its title, lines under the title (who it is about, when prepared), and its sections. */
    public static byte[] render(String council, String title, List<String> titleLines, List<Section> sections) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addAuthor(council);
            writer.setTagged();
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
            document.open();
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 8.5f);
            Font smallBold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8.5f);
            Paragraph from = new Paragraph(council, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12));
            document.add(from);
            Paragraph heading = new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16));
            heading.setSpacingBefore(6);
            heading.setSpacingAfter(6);
            document.add(heading);
            for (String line : titleLines) {
                document.add(new Paragraph(line, body));
            }
            for (Section section : sections) {
                Paragraph h = new Paragraph(section.heading(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12));
                h.setSpacingBefore(16);
                h.setSpacingAfter(6);
                document.add(h);
                for (String p : section.paragraphs()) {
                    Paragraph para = new Paragraph(p, body);
                    para.setSpacingAfter(6);
                    document.add(para);
                }
                if (section.table() != null) {
                    document.add(table(section.table(), small, smallBold, body));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the bundle", e);
        }
        return PdfLetters.numbered(out.toByteArray(), council);
    }

    private static com.lowagie.text.Element table(Table t, Font cell, Font head, Font body) throws DocumentException {
        if (t.rows().isEmpty()) {
            return new Paragraph("None recorded.", body);
        }
        PdfPTable table = new PdfPTable(t.widths());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : t.headings()) {
            PdfPCell c = new PdfPCell(new Phrase(h, head));
            c.setBackgroundColor(new Color(230, 230, 230));
            c.setPadding(3);
            table.addCell(c);
        }
        for (List<String> row : t.rows()) {
            for (String value : row) {
                PdfPCell c = new PdfPCell(new Phrase(value == null ? "" : value, cell));
                c.setPadding(3);
                table.addCell(c);
            }
        }
        return table;
    }
}
