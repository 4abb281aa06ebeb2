package org.nottspartners.portal.core.audit;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.scope.TenantScope;

/**
 * Writes audit events. Events about records are written by the core's record listener whenever a
 * record is loaded, created, changed or deleted, so that no read path can forget them; code states only
 * why it reads ({@link #readingFor}), and records actions that touch no row (switching a module).
 * Changes are recorded in the transaction of the change (they commit or roll back together); reads,
 * exports and prints at once, outside it, so that a read stays recorded even if the request then fails.
 * The application's database role cannot update or delete an event afterwards.
 */
public final class AuditTrail {

    /** Joins the current transaction: a change and its audit event commit or roll back together. */
    private static final String WITH_TRANSACTION = "java:app/jdbc/portal";
    /** Outside any transaction: a read stays recorded even if the request that read then fails. */
    private static final String OUTSIDE_TRANSACTION = "java:app/jdbc/portalAudit";
    private static final ThreadLocal<AuditAction> READ_PURPOSE = new ThreadLocal<>();
    private static final ThreadLocal<String> REASON = new ThreadLocal<>();

    private AuditTrail() {
    }

    /**
     * Runs work whose reads are recorded as the given action instead of READ (EXPORT, PRINT), with an
     * optional reason (e.g. the lawful basis for sharing without consent).
     */
    public static <T> T readingFor(AuditAction purpose, String reason, Supplier<T> work) {
        AuditAction before = READ_PURPOSE.get();
        String reasonBefore = REASON.get();
        READ_PURPOSE.set(purpose);
        REASON.set(reason);
        try {
            return work.get();
        } finally {
            READ_PURPOSE.set(before);
            REASON.set(reasonBefore);
        }
    }

    /** Who is acting now, for the created-by and changed-by stamps. */
    public static String actingUserId() {
        return Caller.current().userId();
    }

    /** The action a read is recorded as: READ, or what {@link #readingFor} says. */
    public static AuditAction readAction() {
        AuditAction purpose = READ_PURPOSE.get();
        return purpose == null ? AuditAction.READ : purpose;
    }

    /** Records one event in the current council, by the current caller. */
    public static void record(AuditAction action, String recordType, String recordId, String reason) {
        String tenant = TenantScope.current()
                .orElseThrow(() -> new IllegalStateException("An audited action needs a council"));
        Caller caller = Caller.current();
        String why = reason != null ? reason : REASON.get();
        try (Connection c = dataSource(action.isChange() ? WITH_TRANSACTION : OUTSIDE_TRANSACTION).getConnection()) {
            TenantScope.setOnConnection(c, tenant);
            try (PreparedStatement ps = c.prepareStatement("insert into core_audit_event"
                    + " (occurred_at, tenant_id, user_id, user_name, organisation, action, record_type, record_id, reason)"
                    + " values (clock_timestamp(), ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, tenant);
                ps.setString(2, caller.userId());
                ps.setString(3, caller.name());
                ps.setString(4, caller.organisation());
                ps.setString(5, action.name());
                ps.setString(6, recordType);
                ps.setString(7, recordId);
                ps.setString(8, why);
                ps.executeUpdate();
            }
        } catch (SQLException | NamingException e) {
            throw new IllegalStateException("The audit trail could not be written; the action is refused", e);
        }
    }

    private static DataSource dataSource(String name) throws NamingException {
        return (DataSource) new InitialContext().lookup(name);
    }

    /** Who is acting: the signed-in caller, or the system itself outside a request. */
    private record Caller(String userId, String name, String organisation) {
        static Caller current() {
            try {
                CurrentUser user = CDI.current().select(CurrentUser.class).get();
                if (user.isAuthenticated()) {
                    return new Caller(user.userId(), user.displayName(), user.organisation());
                }
            } catch (ContextNotActiveException | IllegalStateException noRequest) {
                // scheduled or start-up work
            }
            return new Caller("system", "The portal", null);
        }
    }
}
