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
        if (!NAME.matcher(table).matches() || columns.isEmpty() || !columns.stream().allMatch(c -> NAME.matcher(c).matches())) {
            throw new IllegalArgumentException("A staging table and its columns are named in lower case: " + table + " " + columns);
        }
        String list = String.join(", ", columns);
        em.createNativeQuery("create temporary table " + table + " (line serial, "
                + String.join(" text, ", columns) + " text) on commit drop").executeUpdate();
        try {
            Connection c = em.unwrap(Connection.class);
            return c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + list + ") from stdin with (format csv)",
                    csv);
        } catch (SQLException notCsv) {
            String reason = notCsv.getMessage() == null ? "" : notCsv.getMessage().lines().findFirst().orElse("");
            throw new NotCsvException(reason);
        } catch (IOException unreadable) {
            throw new NotCsvException("the file could not be read: " + unreadable.getMessage());
        }
    }
}
