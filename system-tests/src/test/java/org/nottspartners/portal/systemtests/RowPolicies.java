package org.nottspartners.portal.systemtests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.nottspartners.portal.launcher.PortalDatabase;

/**
 * Faults put into the database's row-level security for a test, and taken out again: every policy on a
 * table with a council column reduced to {@code using (true) with check (true)}, so that a test can show
 * what the application alone keeps apart. The policies' own expressions are read first and put back when
 * the fault is closed, whatever the test did.
 */
final class RowPolicies {

    private RowPolicies() {
    }

    /** One policy as the schema has it. */
    record Policy(String table, String name, String using, String check) {
    }

    /** A fault in force until closed. */
    static final class Fault implements AutoCloseable {
        private final PortalDatabase database;
        private final List<Policy> originals;

        private Fault(PortalDatabase database, List<Policy> originals) {
            this.database = database;
            this.originals = originals;
        }

        int policies() {
            return originals.size();
        }

        @Override
        public void close() throws SQLException {
            try (Connection c = database.superuserConnection(); Statement s = c.createStatement()) {
                for (Policy p : originals) {
                    s.execute("alter policy " + p.name() + " on " + p.table()
                            + (p.using() == null ? "" : " using (" + p.using() + ")")
                            + (p.check() == null ? "" : " with check (" + p.check() + ")"));
                }
            }
        }
    }

    /** Reduces every policy of every table with a council column ({@code tenant_id}, {@code for_tenant}) to {@code true}. */
    static Fault everyPolicyTrue(PortalDatabase database) throws SQLException {
        List<Policy> originals = new ArrayList<>();
        try (Connection c = database.superuserConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select p.tablename, p.policyname, p.qual, p.with_check from pg_policies p"
                    + " where p.schemaname = 'public' and exists (select 1 from information_schema.columns col"
                    + " where col.table_schema = 'public' and col.table_name = p.tablename and col.column_name in ('tenant_id', 'for_tenant'))")) {
                while (rs.next()) {
                    originals.add(new Policy(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            for (Policy p : originals) {
                s.execute("alter policy " + p.name() + " on " + p.table()
                        + (p.using() == null ? "" : " using (true)")
                        + (p.check() == null ? "" : " with check (true)"));
            }
        }
        return new Fault(database, originals);
    }
}
