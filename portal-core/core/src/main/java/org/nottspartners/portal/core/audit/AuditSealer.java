package org.nottspartners.portal.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nottspartners.portal.core.database.OwnerConnections;

/**
 * Seals the audit trail as it grows ({@link AuditSeals}): every {@code portal.audit.seal-every} (15 s) on each server,
 * events recorded at least {@code portal.audit.seal-after} (1 minute) before; whichever server takes a council's chain
 * lock first seals it, so the chain is written once however many servers run. Also checks a council's chain for
 * its administrators.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    /** The server's one sealing schedule (each web module has its own instance of this bean, one class loader). */
    private static ScheduledFuture<?> scheduled;

    @Inject
    OwnerConnections owner;

    @Inject
    @ConfigProperty(name = "portal.audit.seal-every", defaultValue = "PT15S")
    Duration every;

    @Inject
    @ConfigProperty(name = "portal.audit.seal-after", defaultValue = "PT1M")
    Duration settle;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        synchronized (AuditSealer.class) {
            if (scheduled == null) {
                scheduled = executor().scheduleWithFixedDelay(this::sealQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        synchronized (AuditSealer.class) {
            if (scheduled != null) {
                scheduled.cancel(false);
                scheduled = null;
            }
        }
    }

    private void sealQuietly() {
        if (!org.nottspartners.portal.core.database.SchemaState.isUpToDate()) {
            return; // the schema is still being brought up to date
        }
        try {
            seal();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not seal the audit trail this time (the next run tries again): " + e.getMessage());
        }
    }

    /** Seals what has settled; the number of events sealed (a council another server is sealing is left to it). */
    public int seal() throws SQLException {
        try (Connection c = connect()) {
            return AuditSeals.seal(c, settle);
        }
    }

    /** A council's chain, recomputed from its events as they are now. */
    public AuditSeals.Integrity check(String council) {
        try (Connection c = connect()) {
            return AuditSeals.check(c, council);
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be checked: " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return owner.open("portal audit seal");
    }

    private static ScheduledExecutorService executor() {
        try {
            return (ScheduledExecutorService) new InitialContext().lookup("java:comp/DefaultManagedScheduledExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException("The server offers no managed scheduled executor", e);
        }
    }
}
