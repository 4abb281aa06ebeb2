package org.nottspartners.portal.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Seals councils' audit events into their {@link AuditChain} and checks the chains, in the database, on a connection
 * of the database's owner (it reads every council's events). An event is sealed once it has settled: recorded by the
 * database at least {@code settle} ago, so that a transaction still writing earlier events has ended. Several
 * servers may seal at once: one does, the others find the chain's lock taken and leave it.
 */
public final class AuditSeals {

    /** The most events sealed per council at a time (the next run goes on). */
    static final int BATCH = 5_000;

    private AuditSeals() {
    }

    /**
     * How far back, in event ids, the sealer looks for an event committed late (its transaction ran on after a later
     * event was sealed): such an event is sealed when it settles, after the later one; the chain's order is the order of
     * sealing, not of ids.
     */
    static final long LOOK_BACK = 50_000;

    /**
     * Seals each council's settled events, each council in its own transaction under its own lock; the number sealed
     * (councils another server was sealing at that moment are left to it).
     */
    public static int seal(Connection owner, Duration settle) throws SQLException {
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try {
            int sealed = 0;
            for (String council : councils(owner)) {
                try {
                    if (lockTaken(owner, council)) {
                        sealed += sealCouncil(owner, council, settle);
                    }
                    owner.commit();
                } catch (SQLException | RuntimeException e) {
                    owner.rollback();
                    throw e;
                }
            }
            return sealed;
        } finally {
            owner.setAutoCommit(autoCommit);
        }
    }

    private static boolean lockTaken(Connection c, String council) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(hashtext('portal audit seal ' || ?))")) {
            ps.setString(1, council);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static List<String> councils(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id from core_tenant order by id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static int sealCouncil(Connection c, String council, Duration settle) throws SQLException {
        long headId = 0;
        byte[] head = new byte[0];
        Long previousId = null;
        try (PreparedStatement ps = c.prepareStatement(
                "select event_id, link_hash from core_audit_seal where tenant_id = ? order by seal_seq desc limit 1")) {
            ps.setString(1, council);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    headId = rs.getLong(1);
                    head = rs.getBytes(2);
                    previousId = headId;
                }
            }
        }
        int sealed = 0;
        try (PreparedStatement events = c.prepareStatement("select e.id, core_audit_canonical(e) from core_audit_event e"
                + " where e.tenant_id = ? and e.id > ? and e.recorded_at < now() - make_interval(secs => ?)"
                + " and not exists (select 1 from core_audit_seal s where s.event_id = e.id) order by e.id limit " + BATCH);
                PreparedStatement insert = c.prepareStatement(
                        "insert into core_audit_seal (tenant_id, event_id, previous_event_id, link_hash) values (?, ?, ?, ?)")) {
            events.setString(1, council);
            events.setLong(2, headId - LOOK_BACK);
            events.setDouble(3, settle.toMillis() / 1000.0);
            try (ResultSet rs = events.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    head = AuditChain.link(head, rs.getBytes(2));
                    insert.setString(1, council);
                    insert.setLong(2, id);
                    insert.setObject(3, previousId);
                    insert.setBytes(4, head);
                    insert.addBatch();
                    previousId = id;
                    sealed++;
                }
            }
            if (sealed > 0) {
                insert.executeBatch();
            }
        }
        return sealed;
    }

    /** A council's chain checked, and how many of its events wait to be sealed. */
    public record Integrity(String council, AuditChain.Verdict chain, long awaitingSeal) {
    }

    /** Recomputes a council's whole chain from the events as they are now. */
    public static Integrity check(Connection owner, String council) throws SQLException {
        AuditChain.Verifier chain = new AuditChain.Verifier();
        try (PreparedStatement ps = owner.prepareStatement("select s.event_id, s.previous_event_id, s.link_hash, core_audit_canonical(e)"
                + " from core_audit_seal s left join core_audit_event e on e.id = s.event_id where s.tenant_id = ? order by s.seal_seq")) {
            ps.setString(1, council);
            ps.setFetchSize(10_000);
            boolean autoCommit = owner.getAutoCommit();
            owner.setAutoCommit(false); // a cursor, not the whole chain in memory at once
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    chain.accept(new AuditChain.Sealed(rs.getLong(1), rs.getObject(2, Long.class), rs.getBytes(3), rs.getBytes(4)));
                }
            } finally {
                owner.commit();
                owner.setAutoCommit(autoCommit);
            }
        }
        long awaiting;
        try (PreparedStatement ps = owner.prepareStatement("select count(*) from core_audit_event e where e.tenant_id = ?"
                + " and not exists (select 1 from core_audit_seal s where s.event_id = e.id)")) {
            ps.setString(1, council);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                awaiting = rs.getLong(1);
            }
        }
        return new Integrity(council, chain.verdict(), awaiting);
    }
}
