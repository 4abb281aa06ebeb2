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
    void bothWebModulesOfTheServerShareACacheOfOneName() {
        CouncilCache<String, String> pages = CouncilCache.named("test-shared");
        CouncilCache<String, String> api = CouncilCache.named("test-shared");
        assertThat(pages).isSameAs(api);
        pages.get("city", c -> "kept by the pages");
        api.changed("city");
        assertThat(pages.get("city", c -> "read again")).isEqualTo("read again");
    }

    @Test
    void theDatabasesAnnouncementOfAChangeDropsThatCouncilsValueOfThatCacheOnly() {
        CouncilCache<String, String> settings = CouncilCache.named("test-settings");
        CouncilCache<String, String> modules = CouncilCache.named("test-modules");
        settings.get("city", c -> "city settings 1");
        settings.get("county", c -> "county settings 1");
        modules.get("city", c -> "city modules 1");

        CacheChangeListener.apply("test-settings:city");
        CacheChangeListener.apply("no-such-cache:city");
        CacheChangeListener.apply("garbled");

        assertThat(settings.get("city", c -> "city settings 2")).isEqualTo("city settings 2");
        assertThat(settings.get("county", c -> "county settings 2")).isEqualTo("county settings 1");
        assertThat(modules.get("city", c -> "city modules 2")).isEqualTo("city modules 1");
    }

    @Test
    void aLostConnectionToTheAnnouncementsDropsEveryCache() {
        CouncilCache<String, String> calendar = CouncilCache.named("test-calendar");
        calendar.get("county", c -> "before");
        CouncilCache.dropEverything();
        assertThat(calendar.get("county", c -> "after")).isEqualTo("after");
    }

    @Test
    void aValueMissedByTheAnnouncementsStillExpires() {
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
