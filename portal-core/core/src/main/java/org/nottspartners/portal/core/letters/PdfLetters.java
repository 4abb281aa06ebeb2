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
 * Lays a filled letter out as an A4 PDF with OpenPDF: the council, the date, the addressee with their postal
 * address under the name when it is known (lines from {@link org.nottspartners.portal.core.person.PostalAddress#lines()}),
 * subject and body; a letter of more than one page is numbered at the foot of each page.
 */
public final class PdfLetters {

    private PdfLetters() {
    }

    public static byte[] render(String council, String date, String addressee, LetterTemplate letter) {
        return render(council, date, addressee, List.of(), letter);
    }

    /** A letter whose addressee's address is printed under their name, a line each ({@code addressLines} may be empty). */
    public static byte[] render(String council, String date, String addressee, List<String> addressLines, LetterTemplate letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 72, 72, 72, 72);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(letter.subject());
            document.addAuthor(council);
            writer.setTagged();
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("en-GB"));
            document.open();
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            Paragraph from = new Paragraph(council, heading);
            from.setAlignment(Element.ALIGN_RIGHT);
            document.add(from);
            Paragraph on = new Paragraph(date, body);
            on.setAlignment(Element.ALIGN_RIGHT);
            on.setSpacingAfter(24);
            document.add(on);
            Paragraph to = new Paragraph(addressee, body);
            for (String line : addressLines) {
                to.add(Chunk.NEWLINE);
                to.add(new Chunk(line, body));
            }
            to.setSpacingAfter(18);
            document.add(to);
            Paragraph subject = new Paragraph(letter.subject(), bold);
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
