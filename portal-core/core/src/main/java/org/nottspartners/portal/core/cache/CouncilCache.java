package org.nottspartners.portal.core.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A council's configuration (which modules it has on, its calendar, its settings) kept in memory, so
 * that a request does not read it from the database again; the data itself stays in the database.
 * <p>
 * Each cache has a name and there is one per name on a server, whichever of the EAR's web modules (the pages, the
 * API) asks for it: each web module has its own instance of an application-scoped bean, but they share these
 * caches, so a change made through the API is seen by the pages at once (it was not, for up to
 * {@link #TIME_TO_LIVE}: issue 27).
 * <p>
 * A value is dropped on this server when a change to it is made and again when that change's
 * transaction ends, so a change is seen at once here and a rolled-back change is never kept. Every other
 * server running the portal drops it when the change commits: the database announces each committed
 * change to the tables behind the caches ({@code NOTIFY portal_cache}, sent by triggers, so a change made
 * outside the portal counts too) and {@link CacheChangeListener} drops the value named. Values expire after
 * {@link #TIME_TO_LIVE} all the same, in case an announcement is missed. Values must be immutable, never
 * managed entities. Backed by Caffeine.
 */
public final class CouncilCache<K, V> {

    /** How long a value is kept at most, changed or not. */
    public static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

    /** Every named cache on this server (one class loader for the whole EAR: its library). */
    private static final Map<String, CouncilCache<?, ?>> NAMED = new ConcurrentHashMap<>();

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    private final Cache<K, V> values;

    private CouncilCache(Duration timeToLive) {
        this(timeToLive, Ticker.systemTicker());
    }

    /** With the clock it expires values by: a test's own. */
    CouncilCache(Duration timeToLive, Ticker ticker) {
        this.values = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(10_000).ticker(ticker).build();
    }

    /**
     * The server's cache of this name, made on first use. The name is what the database's announcements of a
     * change name (the trigger's argument in the changelog).
     */
    public static <K, V> CouncilCache<K, V> named(String name) {
        return named(name, TIME_TO_LIVE);
    }

    /** As {@link #named(String)}, with values living as long as given: shorter, for figures that age. */
    @SuppressWarnings("unchecked")
    public static <K, V> CouncilCache<K, V> named(String name, Duration timeToLive) {
        return (CouncilCache<K, V>) NAMED.computeIfAbsent(name, n -> new CouncilCache<>(timeToLive));
    }

    /** Drops a council's value from the named cache, if this server has that cache: a change committed elsewhere. */
    @SuppressWarnings("unchecked")
    static void changedElsewhere(String name, String key) {
        CouncilCache<String, ?> cache = (CouncilCache<String, ?>) NAMED.get(name); // every cache is keyed by council id
        if (cache != null) {
            cache.values.invalidate(key);
        }
    }

    /** Drops every value of every cache: changes may have been missed (the database was out of reach). */
    static void dropEverything() {
        NAMED.values().forEach(CouncilCache::clear);
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
