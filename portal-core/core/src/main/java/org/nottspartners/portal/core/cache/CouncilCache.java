package org.nottspartners.portal.core.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.function.Function;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A council's configuration (which modules it has on, its calendar, its settings) kept in memory, so
 * that a request does not read it from the database again; the data itself stays in the database.
 * <p>
 * A value is dropped on this server when a change to it is made and again when that change's
 * transaction ends, so a change is seen at once here and a rolled-back change is never kept. Another
 * server running the portal sees the change when its copy expires: {@link #TIME_TO_LIVE}. Values must
 * be immutable, never managed entities. Backed by Caffeine.
 */
public final class CouncilCache<K, V> {

    /** How long another server may show the old value after a change. */
    public static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    private final Cache<K, V> values;

    private CouncilCache(Duration timeToLive) {
        this(timeToLive, Ticker.systemTicker());
    }

    /** With the clock it expires values by: a test's own. */
    CouncilCache(Duration timeToLive, Ticker ticker) {
        this.values = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(10_000).ticker(ticker).build();
    }

    public static <K, V> CouncilCache<K, V> create() {
        return new CouncilCache<>(TIME_TO_LIVE);
    }

    /** A cache whose values live as long as given, shorter than {@link #TIME_TO_LIVE} for figures that age. */
    public static <K, V> CouncilCache<K, V> expiringAfter(Duration timeToLive) {
        return new CouncilCache<>(timeToLive);
    }

    /** The kept value, or the one the loader reads (kept for next time; a null is never kept). */
    public V get(K key, Function<K, V> loader) {
        return values.get(key, loader);
    }

    /**
     * Drops the value now, and again when the current transaction ends (committed or rolled back), so
     * that a read in between cannot keep what was there before the change.
     */
    public void changed(K key) {
        values.invalidate(key);
        TransactionSynchronizationRegistry tx = registry();
        if (tx != null && tx.getTransactionStatus() == Status.STATUS_ACTIVE) {
            tx.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing: the value is dropped after the outcome is known
                }

                @Override
                public void afterCompletion(int status) {
                    values.invalidate(key);
                }
            });
        }
    }

    /** Drops every value: for administrators' bulk changes. */
    public void clear() {
        values.invalidateAll();
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
        } catch (NamingException | RuntimeException outsideServer) {
            return null; // plain unit tests: no transactions to wait for
        }
    }
}
