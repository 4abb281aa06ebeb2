package org.nottspartners.portal.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Bulk data in, for modules that receive files of many rows (a school's registers, issue 15): streams CSV rows with
 * PostgreSQL's COPY into a temporary staging table of the current transaction (dropped when it ends), through the same
 * connection as the module's other queries, so the council is set and row-level security holds. The module then
 * checks and merges the staged rows with its own SQL through its {@code EntityManager}: modules take no database
 * connection of their own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BulkCopy {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The rows were not CSV of the columns given (the database's reason, first line). */
    public static class NotCsvException extends RuntimeException {
        NotCsvException(String reason) {
            super(reason);
        }
    }

    /**
     * Creates the staging table {@code table} (a {@code line} number, then each column as text) and copies the rows in,
     * in order: the first row is line 1.
     *
     * @param csv rows of CSV without a header line
     * @return how many rows were copied
     * @throws NotCsvException when the rows are not CSV of those columns
     */
    public long intoStaging(String table, List<String> columns, InputStream csv) {
        return intoStaging(table, columns, csv, Long.MAX_VALUE);
    }

    /**
     * As {@link #intoStaging(String, List, InputStream)}, refusing a stream longer than {@code maxBytes}: the copy stops
     * there and {@link TooLargeException} says so (the transaction then writes nothing).
     */
    public long intoStaging(String table, List<String> columns, InputStream csv, long maxBytes) {
        try {
            return copy(em.unwrap(Connection.class), table, columns, csv, maxBytes);
        } catch (SQLException notCsv) {
            String reason = notCsv.getMessage() == null ? "" : notCsv.getMessage().lines().findFirst().orElse("");
            throw new NotCsvException(reason);
        } catch (IOException unreadable) {
            throw new NotCsvException("the file could not be read: " + unreadable.getMessage());
        }
    }

    /**
     * The copy itself on a connection in a transaction: the staging table {@code table} (dropped at commit), then the
     * rows; what {@link #intoStaging} does, for a benchmark of the same path.
     */
    public static long copy(Connection c, String table, List<String> columns, InputStream csv, long maxBytes)
            throws SQLException, IOException {
        if (!NAME.matcher(table).matches() || columns.isEmpty() || !columns.stream().allMatch(col -> NAME.matcher(col).matches())) {
            throw new IllegalArgumentException("A staging table and its columns are named in lower case: " + table + " " + columns);
        }
        String list = String.join(", ", columns);
        try (var create = c.createStatement()) {
            create.execute("create temporary table " + table + " (line serial, " + String.join(" text, ", columns)
                    + " text) on commit drop");
        }
        return c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + list + ") from stdin with (format csv)",
                limited(csv, maxBytes));
    }

    /** The stream, ending in {@link TooLargeException} once more than {@code maxBytes} have been read. */
    static InputStream limited(InputStream in, long maxBytes) {
        return new java.io.FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > maxBytes) {
                    throw new TooLargeException("The file is larger than the " + (maxBytes / (1024 * 1024))
                            + " MB the portal takes at once: send it in parts (a week's registers at a time, say)");
                }
            }
        };
    }
}
