package org.nottspartners.portal.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CouncilCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    private final CouncilCache<String, String> cache = new CouncilCache<>(Duration.ofSeconds(30), nanos::get);

    private String read(String council) {
        return cache.get(council, c -> c + " read " + reads.incrementAndGet());
    }

    @Test
    void aCouncilsValueIsReadOnceAndKept() {
        assertThat(read("city")).isEqualTo("city read 1");
        assertThat(read("city")).isEqualTo("city read 1");
        assertThat(read("county")).isEqualTo("county read 2");
    }

    @Test
    void aChangeIsSeenAtOnceAndOnlyForItsCouncil() {
        read("city");
        read("county");
        cache.changed("city");
        assertThat(read("city")).isEqualTo("city read 3");
        assertThat(read("county")).isEqualTo("county read 2");
    }

    @Test
    void aChangeMadeOnAnotherServerIsSeenOnceTheValueExpires() {
        read("city");
        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(read("city")).isEqualTo("city read 1");
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(read("city")).isEqualTo("city read 2");
    }

    @Test
    void everythingCanBeDropped() {
        read("city");
        read("county");
        cache.clear();
        assertThat(read("county")).isEqualTo("county read 3");
    }
}
