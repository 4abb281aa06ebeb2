package org.nottspartners.portal.core.time;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the portal's one clock: the system's, in UTC. Setting {@code portal.clock.start} (an ISO instant,
 * e.g. {@code PORTAL_CLOCK_START=2026-09-07T08:00:00Z}) starts the portal's time at that moment and lets it
 * run on from there, for a training copy or a rehearsal of a date rule; a live portal never sets it.
 */
@ApplicationScoped
public class PortalClock {

    @Inject
    @ConfigProperty(name = "portal.clock.start")
    Optional<String> start;

    /** The clock chosen at start-up, for the few places CDI cannot inject into (JPA listeners, the audit writer). */
    private static volatile Clock shared = Clock.systemUTC();

    private Clock clock;

    /** Chooses the clock as the application starts, so {@link #shared()} is the portal's clock from the first request. */
    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        clock();
    }

    /** The portal's clock where it cannot be injected. */
    public static Clock shared() {
        return shared;
    }

    @PostConstruct
    void choose() {
        Clock system = Clock.systemUTC();
        clock = start.filter(s -> !s.isBlank())
                .map(s -> Clock.offset(system, Duration.between(Instant.now(system), Instant.parse(s.strip()))))
                .orElse(system);
        shared = clock;
    }

    @Produces
    Clock clock() {
        return clock;
    }
}
