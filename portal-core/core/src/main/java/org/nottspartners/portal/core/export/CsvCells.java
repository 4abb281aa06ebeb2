package org.nottspartners.portal.core.export;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Cells of a CSV export that a spreadsheet opens safely: every cell quoted, quotes doubled, and text a
 * spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, or a tab or carriage
 * return first) prefixed with an apostrophe, so that a name typed as {@code =HYPERLINK(...)} is shown, not
 * run (OWASP "CSV injection"). Exports declare UTF-8 ({@link #MEDIA_TYPE}).
 */
public final class CsvCells {

    /** What a CSV export is sent as. */
    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";

    /** The byte-order mark that tells Excel the file is UTF-8 (without it, "Zoë" opens as "ZoÃ«"). */
    static final String BOM = "\uFEFF";

    private CsvCells() {
    }

    /** One cell; an absent value is an empty cell. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /**
     * A whole CSV file as a spreadsheet opens it correctly (issue 22): the UTF-8 byte-order mark, a heading row in
     * words, every row's cells neutralised and quoted, and CRLF line endings.
     */
    public static String document(java.util.List<String> headings, java.util.stream.Stream<java.util.List<?>> rows) {
        StringBuilder csv = new StringBuilder(BOM).append(line(headings.toArray())).append("\r\n");
        rows.forEach(row -> csv.append(line(row.toArray())).append("\r\n"));
        return csv.toString();
    }

    /** One line of cells, without its line ending. */
    public static String line(Object... values) {
        return Arrays.stream(values).map(CsvCells::cell).collect(Collectors.joining(","));
    }
}
