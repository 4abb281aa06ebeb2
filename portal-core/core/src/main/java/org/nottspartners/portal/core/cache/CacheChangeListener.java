package org.nottspartners.portal.core.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.nottspartners.portal.core.database.OwnerConnections;

/**
 * Listens, on a connection of its own, to the database's announcements of committed changes to councils'
 * configuration ({@code NOTIFY portal_cache, 'cache:council'}, sent by the triggers of changeset
 * {@code core-020-cache-announcements}) and drops the named value from this server's {@link CouncilCache}, so that a
 * module switched off, a setting or a calendar changed on another server is seen here as soon as it commits (issue
 * 27). One listener per server, whichever web module starts first. If the connection is lost (the database
 * restarted), announcements may have been missed: every cache is emptied and the listener connects again,
 * waiting a little longer each time up to {@link #LONGEST_WAIT}.
 */
@ApplicationScoped
public class CacheChangeListener {

    private static final Logger LOG = Logger.getLogger(CacheChangeListener.class.getName());
    static final String CHANNEL = "portal_cache";
    static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    /** The server's one listener (each web module has its own instance of this bean, but one class loader). */
    private static Thread running;
    private static volatile boolean stopping;
    /** The listening connection, closed on stop so that the thread ends at once. */
    private static volatile Connection listening;

    @Inject
    OwnerConnections owner;

    @Inject
    @ConfigProperty(name = "portal.cache.listen", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!enabled) {
            return;
        }
        synchronized (CacheChangeListener.class) {
            if (running == null) {
                stopping = false;
                running = threads().newThread(this::listen);
                running.setName("portal cache announcements");
                running.setDaemon(true);
                running.start();
            }
        }
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        synchronized (CacheChangeListener.class) {
            if (running != null) {
                stopping = true;
                running.interrupt();
                running = null;
                Connection c = listening;
                if (c != null) {
                    try {
                        c.close();
                    } catch (SQLException closingAnyway) {
                        // the thread ends either way
                    }
                }
            }
        }
    }

    private void listen() {
        long wait = 250;
        while (!stopping) {
            try (Connection c = connect()) {
                listening = c;
                try (Statement s = c.createStatement()) {
                    s.execute("listen " + CHANNEL);
                }
                // whatever changed while nobody listened is not known: start afresh
                CouncilCache.dropEverything();
                wait = 250;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!stopping) {
                    PGNotification[] notes = pg.getNotifications(5_000);
                    if (notes != null && notes.length > 0) {
                        for (PGNotification note : notes) {
                            apply(note.getParameter());
                        }
                    } else if (!c.isValid(2)) {
                        throw new SQLException("the connection no longer answers");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (stopping) {
                    return;
                }
                CouncilCache.dropEverything();
                LOG.log(Level.WARNING, "Lost the database's cache announcements (" + e.getMessage() + "); connecting again in "
                        + wait + " ms, every council's kept configuration dropped");
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    return;
                }
                wait = Math.min(wait * 2, LONGEST_WAIT.toMillis());
            }
        }
    }

    /** An announcement {@code cache:council}: drops that council's value from that cache. */
    static void apply(String announcement) {
        int colon = announcement.indexOf(':');
        if (colon > 0) {
            CouncilCache.changedElsewhere(announcement.substring(0, colon), announcement.substring(colon + 1));
        }
    }

    private Connection connect() throws SQLException {
        return owner.open("portal cache announcements");
    }

    /** The container's thread factory (its threads carry the application's context), or a plain one outside a server. */
    private static ThreadFactory threads() {
        try {
            return (ThreadFactory) new InitialContext().lookup("java:comp/DefaultManagedThreadFactory");
        } catch (NamingException | RuntimeException outsideServer) {
            return Thread::new;
        }
    }
}
