package org.nottspartners.portal.core.letters;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Lays a filled letter out as an A4 PDF with OpenPDF, as a council posts it: the council's name and contact block and
 * the date at the top right; the addressee with their postal address (lines from
 * {@link org.nottspartners.portal.core.person.PostalAddress#lines()}) in the window of a DL window envelope; subject
 * and body below it; a letter of more than one page is numbered at the foot of each page.
 */
public final class PdfLetters {

    private PdfLetters() {
    }

    /**
     * Where the addressee's name and address go: the window of a DL window envelope (window on the left, 90 x 40 mm)
     * holding an A4 sheet folded in three: 20 mm from the sheet's left edge and 45 mm from its top, with 5 mm of the
     * window left clear on each side so that the address stays in view when the letter shifts in the envelope. In
     * millimetres from the sheet's top left corner.
     */
    public static final Window WINDOW = new Window(20, 45, 90, 40, 5);

    /** A rectangle of the sheet in millimetres from its top left corner, with the margin kept clear inside it. */
    public record Window(float left, float top, float width, float height, float clear) {
    }

    /** The letter's first page body starts here (mm from the top), below the window. */
    static final float BODY_TOP = 95;

    private static final float MM = 72f / 25.4f;

    public static byte[] render(String council, String date, String addressee, LetterTemplate letter) {
        return render(council, List.of(), date, addressee, List.of(), letter);
    }

    /** A letter whose addressee's address is printed under their name, a line each ({@code addressLines} may be empty). */
    public static byte[] render(String council, String date, String addressee, List<String> addressLines, LetterTemplate letter) {
        return render(council, List.of(), date, addressee, addressLines, letter);
    }

    /**
     * A letter as a council posts it: the council's name with the sender's contact block ({@code senderLines}: the team,
     * how to reach it) and the date at the top right; the addressee's name and address in the envelope's window
     * ({@link #WINDOW}); the subject and body below; page numbers at the foot of a longer letter.
     */
    public static byte[] render(String council, List<String> senderLines, String date, String addressee, List<String> addressLines,
            LetterTemplate letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 72, 72, 40, 72);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(letter.subject());
            document.addAuthor(council);
            writer.setTagged();
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("en-GB"));
            document.open();
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            senderBlock(writer, council, senderLines, date);
            addressInTheWindow(writer, addressee, addressLines);
            // the body starts below the window, whatever the blocks above hold
            document.add(new Paragraph(" ", FontFactory.getFont(FontFactory.HELVETICA, 1)));
            float top = PageSize.A4.getHeight() - BODY_TOP * MM;
            float now = writer.getVerticalPosition(false);
            Paragraph subject = new Paragraph(letter.subject(), bold);
            subject.setSpacingBefore(Math.max(12, now - top));
            subject.setSpacingAfter(12);
            document.add(subject);
            for (String p : letter.paragraphs()) {
                Paragraph para = new Paragraph(p, body);
                para.setSpacingAfter(10);
                document.add(para);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the letter", e);
        }
        return numbered(out.toByteArray(), council);
    }

    /** Where the council's name, the sender's contact block and the date go: top right, clear of the window. */
    static final Window SENDER = new Window(115, 12, 70, 31, 0);

    /**
     * The council's name, the sender's lines and the date, right-aligned in {@link #SENDER}: beside the window and
     * above it, so that a long contact wraps within the block rather than into the window; set smaller rather than
     * cut off.
     */
    private static void senderBlock(PdfWriter writer, String council, List<String> senderLines, String date)
            throws DocumentException {
        float[] scales = {1f, 0.9f, 0.8f, 0.7f};
        for (float scale : scales) {
            boolean smallest = scale == scales[scales.length - 1];
            if (smallest || !ColumnText.hasMoreText(senderColumn(writer, scale, council, senderLines, date).go(true))) {
                senderColumn(writer, scale, council, senderLines, date).go();
                return;
            }
        }
    }

    private static ColumnText senderColumn(PdfWriter writer, float scale, String council, List<String> senderLines, String date) {
        ColumnText column = new ColumnText(writer.getDirectContent());
        float pageHeight = PageSize.A4.getHeight();
        column.setSimpleColumn(SENDER.left() * MM, pageHeight - (SENDER.top() + SENDER.height()) * MM,
                (SENDER.left() + SENDER.width()) * MM, pageHeight - SENDER.top() * MM);
        column.setAlignment(Element.ALIGN_RIGHT);
        Paragraph from = new Paragraph(council, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14 * scale));
        from.setAlignment(Element.ALIGN_RIGHT);
        column.addElement(from);
        for (String line : senderLines) {
            Paragraph sender = new Paragraph(line, FontFactory.getFont(FontFactory.HELVETICA, 10 * scale));
            sender.setAlignment(Element.ALIGN_RIGHT);
            column.addElement(sender);
        }
        Paragraph on = new Paragraph(date, FontFactory.getFont(FontFactory.HELVETICA, 11 * scale));
        on.setAlignment(Element.ALIGN_RIGHT);
        on.setSpacingBefore(6 * scale);
        column.addElement(on);
        return column;
    }

    /**
     * The addressee's name and address, set inside the window's clear area of the first page; a long name or address
     * is set smaller rather than cut off.
     */
    private static void addressInTheWindow(PdfWriter writer, String addressee, List<String> addressLines) throws DocumentException {
        float[] sizes = {11, 10, 9, 8};
        for (float size : sizes) {
            boolean smallest = size == sizes[sizes.length - 1];
            if (smallest || !ColumnText.hasMoreText(addressColumn(writer, size, addressee, addressLines).go(true))) {
                addressColumn(writer, size, addressee, addressLines).go();
                return;
            }
        }
    }

    private static ColumnText addressColumn(PdfWriter writer, float size, String addressee, List<String> addressLines) {
        float pageHeight = PageSize.A4.getHeight();
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn((WINDOW.left() + WINDOW.clear()) * MM,
                pageHeight - (WINDOW.top() + WINDOW.height() - WINDOW.clear()) * MM,
                (WINDOW.left() + WINDOW.width() - WINDOW.clear()) * MM,
                pageHeight - (WINDOW.top() + WINDOW.clear()) * MM, size * 1.2f, Element.ALIGN_LEFT);
        Font font = FontFactory.getFont(FontFactory.HELVETICA, size);
        column.addText(new Phrase(addressee, font));
        for (String line : addressLines) {
            column.addText(Chunk.NEWLINE);
            column.addText(new Phrase(line, font));
        }
        return column;
    }

    /**
     * A letter of more than one page with "Page 2 of 3" and the council's name at the foot of each page, so that a
     * family can tell a page is missing and whose it is (issue 22); a one-page letter is left as it is.
     */
    static byte[] numbered(byte[] pdf, String council) {
        try {
            PdfReader reader = new PdfReader(pdf);
            int pages = reader.getNumberOfPages();
            if (pages < 2) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfStamper stamper = new PdfStamper(reader, out);
            Font foot = FontFactory.getFont(FontFactory.HELVETICA, 9);
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSize(page);
                ColumnText.showTextAligned(stamper.getOverContent(page), Element.ALIGN_CENTER,
                        new Phrase(council + " - Page " + page + " of " + pages, foot), size.getWidth() / 2, 36, 0);
            }
            stamper.close();
            reader.close();
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Could not number the letter's pages", e);
        }
    }
}
