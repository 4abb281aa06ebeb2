package org.nottspartners.portal.core.testing;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.nottspartners.portal.core.letters.PdfLetters;

/**
 * Reads a letter back as a family would see it through the envelope: the text of a part of the first page, read by
 * where it sits (Apache PDFBox), and the first page rendered to an image, to see where the ink falls. For the tests
 * of every module's letters.
 */
public final class LetterPages {

    private static final float MM = 72f / 25.4f;
    private static final int DPI = 150;

    private LetterPages() {
    }

    /** The lines of text inside the envelope's window on the first page. */
    public static List<String> inWindow(byte[] pdf) throws IOException {
        PdfLetters.Window w = PdfLetters.WINDOW;
        return textIn(pdf, w.left(), w.top(), w.width(), w.height());
    }

    /** The lines of text in a part of the first page, in millimetres from its top left corner. */
    public static List<String> textIn(byte[] pdf, float left, float top, float width, float height) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            stripper.addRegion("part", new Rectangle2D.Float(left * MM, top * MM, width * MM, height * MM));
            stripper.extractRegions(document.getPage(0));
            return stripper.getTextForRegion("part").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    /** Every page's text, page by page. */
    public static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** Writes the first page as a PNG image (for the documentation: what a family receives). */
    public static void writeImage(byte[] pdf, java.nio.file.Path png) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            java.nio.file.Files.createDirectories(png.toAbsolutePath().getParent());
            javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 60), "png", png.toFile());
        }
    }

    /** Where the ink falls in the window of the first page, rendered as an image. */
    public record WindowInk(int inClearArea, int inWindowMargin) {
    }

    /**
     * Renders the first page and counts the dark pixels inside the window: those in its clear area (the address) and
     * those in the margin kept clear inside its edges (which a shifted letter would hide).
     */
    public static WindowInk windowInk(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, DPI);
            PdfLetters.Window w = PdfLetters.WINDOW;
            double px = DPI / 25.4;
            int x0 = (int) Math.round(w.left() * px);
            int y0 = (int) Math.round(w.top() * px);
            int x1 = (int) Math.round((w.left() + w.width()) * px);
            int y1 = (int) Math.round((w.top() + w.height()) * px);
            int margin = (int) Math.round(w.clear() * px);
            int clear = 0;
            int edge = 0;
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    int rgb = page.getRGB(x, y);
                    int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                    if (grey < 128) {
                        boolean inside = x >= x0 + margin && x < x1 - margin && y >= y0 + margin && y < y1 - margin;
                        if (inside) {
                            clear++;
                        } else {
                            edge++;
                        }
                    }
                }
            }
            return new WindowInk(clear, edge);
        }
    }
}
