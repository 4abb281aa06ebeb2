package org.nottspartners.portal.core.audit;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
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
    /** Read events of the current request, written together when it ends (see {@link #beginRequest}). */
    private static final ThreadLocal<List<Pending>> PENDING = new ThreadLocal<>();
    /** A request that reads more than this writes what it has read so far, and goes on collecting. */
    static final int MOST_PENDING = 500;

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

    /**
     * Starts collecting the request's read events (READ, EXPORT, PRINT), to be written together by
     * {@link #endRequest}: a list of fifty cases is then one round trip to the database, not fifty. Called
     * by the web modules' request filters; changes are still written at once, in their transaction.
     */
    public static void beginRequest() {
        PENDING.set(new ArrayList<>());
        SEEN.set(new java.util.HashSet<>());
    }

    /**
     * Starts collecting a request's events, each to be recorded as made from this source: the page
     * ({@code page /people/person.xhtml}) or the API call ({@code API GET /api/city/people/{id}}), so that a
     * manager reading the trail sees where each read came from.
     */
    public static void beginRequest(String source) {
        SOURCE.set(source == null ? null : source.length() > MOST_SOURCE ? source.substring(0, MOST_SOURCE) : source);
        beginRequest();
    }

    /** The page or API call the current request's events come from. */
    private static final ThreadLocal<String> SOURCE = new ThreadLocal<>();
    static final int MOST_SOURCE = 200;

    /**
     * The reads already recorded in this request (action, record type, record id): a page that shows one
     * person in twenty places records one read of that person, not twenty.
     */
    private static final ThreadLocal<java.util.Set<String>> SEEN = new ThreadLocal<>();

    /** Writes the read events collected since {@link #beginRequest}, and stops collecting. */
    public static void endRequest() {
        List<Pending> pending = PENDING.get();
        PENDING.remove();
        SEEN.remove();
        SOURCE.remove();
        if (pending != null) {
            write(pending);
        }
    }

    /** Records one event in the current council, by the current caller. */
    public static void record(AuditAction action, String recordType, String recordId, String reason) {
        String tenant = TenantScope.current()
                .orElseThrow(() -> new IllegalStateException("An audited action needs a council"));
        Caller caller = Caller.current();
        Pending event = new Pending(java.time.OffsetDateTime.now(org.nottspartners.portal.core.time.PortalClock.shared()), tenant, caller, action, recordType, recordId,
                reason != null ? reason : REASON.get(), SOURCE.get());
        List<Pending> pending = PENDING.get();
        if (action.isChange() || pending == null) {
            write(List.of(event));
            return;
        }
        java.util.Set<String> seen = SEEN.get();
        if (seen != null && !seen.add(tenant + '|' + caller.userId() + '|' + action + '|' + recordType + '|' + recordId)) {
            return; // this request has already recorded this read
        }
        pending.add(event);
        if (pending.size() >= MOST_PENDING) {
            List<Pending> batch = new ArrayList<>(pending);
            pending.clear(); // before writing: a failed write must not be written again by endRequest
            write(batch);
        }
    }

    /** An event waiting to be written, with the time, council and caller of the moment it happened. */
    private record Pending(java.time.OffsetDateTime occurredAt, String tenant, Caller caller, AuditAction action, String recordType, String recordId,
            String reason, String source) {
    }

    /** Writes events in one batch: changes in the change's transaction, reads outside it. */
    private static void write(List<Pending> events) {
        if (events.isEmpty()) {
            return;
        }
        boolean change = events.get(0).action().isChange();
        try (Connection c = dataSource(change ? WITH_TRANSACTION : OUTSIDE_TRANSACTION).getConnection()) {
            String tenantSet = null;
            try (PreparedStatement ps = c.prepareStatement("insert into core_audit_event"
                    + " (occurred_at, tenant_id, user_id, user_name, organisation, action, record_type, record_id, reason, source)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Pending e : events) {
                    if (!e.tenant().equals(tenantSet)) {
                        if (tenantSet != null) {
                            ps.executeBatch();
                        }
                        TenantScope.setOnConnection(c, e.tenant());
                        tenantSet = e.tenant();
                    }
                    ps.setObject(1, e.occurredAt());
                    ps.setString(2, e.tenant());
                    ps.setString(3, e.caller().userId());
                    ps.setString(4, e.caller().name());
                    ps.setString(5, e.caller().organisation());
                    ps.setString(6, e.action().name());
                    ps.setString(7, e.recordType());
                    ps.setString(8, e.recordId());
                    ps.setString(9, e.reason());
                    ps.setString(10, e.source());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException | NamingException e) {
            throw new IllegalStateException("The audit trail could not be written; the action is refused", e);
        }
    }

    /** The two data sources, looked up once (a naming lookup on every write costs more than the write). */
    private static final Map<String, DataSource> DATA_SOURCES = new ConcurrentHashMap<>();

    private static DataSource dataSource(String name) throws NamingException {
        DataSource found = DATA_SOURCES.get(name);
        if (found == null) {
            found = (DataSource) new InitialContext().lookup(name);
            DATA_SOURCES.put(name, found);
        }
        return found;
    }

    /** Who is acting: the signed-in caller, or the system itself outside a request. */
    private record Caller(String userId, String name, String organisation) {
        /**
         * The request-scoped user's proxy, looked up once per web module: {@code CDI.current()} walks the
         * caller's stack on every call in Payara. One proxy per module, found by the module's class loader
         * (the thread's context class loader during a request): the pages and the API are two modules with
         * two bean managers, and a proxy from one does not see the user of a request to the other (a single
         * proxy for both recorded every API call as "The portal" once a page had been served first).
         */
        private static final Map<ClassLoader, CurrentUser> USERS = new ConcurrentHashMap<>();

        static Caller current() {
            try {
                ClassLoader module = Thread.currentThread().getContextClassLoader();
                CurrentUser user = module == null ? null : USERS.get(module);
                if (user == null) {
                    user = CDI.current().select(CurrentUser.class).get();
                    if (module != null) {
                        USERS.put(module, user);
                    }
                }
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
