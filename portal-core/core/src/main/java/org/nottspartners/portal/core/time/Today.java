package org.nottspartners.portal.core.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The moment and the date as the portal's rules read them, from the injected {@link Clock}: {@link #now()} is a
 * UTC timestamp for records, {@link #date()} the calendar date in England (both councils keep England's
 * time, RULES.md §2 "Working days"). Plain code that needs time takes a {@code Clock} or a date as an argument.
 */
@ApplicationScoped
public class Today {

    /** The zone every council's dates are read in. */
    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final Clock clock;

    @Inject
    public Today(Clock clock) {
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected Today() {
        this.clock = null;
    }

    /** A {@code Today} reading the given clock: for plain unit tests of rules at a fixed moment. */
    public static Today at(Clock clock) {
        return new Today(clock);
    }

    public Clock clock() {
        return clock;
    }

    /** Now, as a UTC timestamp. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /** Today's date in England. */
    public LocalDate date() {
        return LocalDate.now(clock.withZone(ENGLAND));
    }

    /** Today's date in the given zone. */
    public LocalDate dateIn(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }
}
