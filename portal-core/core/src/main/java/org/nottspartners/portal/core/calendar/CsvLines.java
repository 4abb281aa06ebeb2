package org.nottspartners.portal.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A very small CSV reader for the data files shipped with this package: a header line, one
 * record per line, fields separated by commas, a field may be wrapped in double quotes (with
 * {@code ""} for a quote inside it). Blank lines are skipped. No line breaks inside fields.
 */
final class CsvLines {

    /** One data line: its line number in the file (1 = the header) and its fields. */
    record Row(int lineNumber, List<String> fields) {
        Row {
            fields = List.copyOf(fields);
        }

        String field(int index) {
            return fields.get(index);
        }
    }

    private CsvLines() {
    }

    /**
     * Reads all data rows, checking that the header is exactly {@code expectedHeader} and that
     * each row has as many fields as the header.
     */
    static List<Row> read(Reader reader, String sourceName, List<String> expectedHeader) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            int lineNumber = 0;
            boolean headerSeen = false;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = split(line, sourceName, lineNumber);
                if (!headerSeen) {
                    if (!fields.equals(expectedHeader)) {
                        throw new IllegalArgumentException(sourceName + " line " + lineNumber
                                + ": expected the header " + String.join(",", expectedHeader)
                                + " but found " + line);
                    }
                    headerSeen = true;
                    continue;
                }
                if (fields.size() != expectedHeader.size()) {
                    throw new IllegalArgumentException(sourceName + " line " + lineNumber + ": expected "
                            + expectedHeader.size() + " fields (" + String.join(",", expectedHeader)
                            + ") but found " + fields.size());
                }
                rows.add(new Row(lineNumber, fields));
            }
            if (!headerSeen) {
                throw new IllegalArgumentException(sourceName + " is empty: expected the header "
                        + String.join(",", expectedHeader));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + sourceName, e);
        }
        return List.copyOf(rows);
    }

    private static List<String> split(String line, String sourceName, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException(sourceName + " line " + lineNumber
                    + ": a quoted field is not closed");
        }
        fields.add(field.toString().trim());
        return fields;
    }
}
