package org.nottspartners.portal.housing.rules;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The Southwark rule (RULES.md §6; R (G) v Southwark, 2009): a homeless 16 or 17 year old child in need who wishes it
 * must be accommodated under section 20 of the Children Act 1989, and once accommodated for 24 hours (a council
 * setting, {@link HousingSettings#LOOKED_AFTER_HOURS}) is a looked-after child. The hours are real elapsed time.
 */
public final class LookedAfter {

    private LookedAfter() {
    }

    /** When the young person became (or will become) looked after; empty when not accommodated under section 20. */
    public static Optional<OffsetDateTime> from(OffsetDateTime accommodatedAt, int hours) {
        if (hours < 0) {
            throw new IllegalArgumentException("The hours before a child is looked after are not negative: " + hours);
        }
        return Optional.ofNullable(accommodatedAt).map(at -> at.plusHours(hours));
    }

    /** Whether the young person is looked after at a moment: accommodated under section 20 for the hours or more. */
    public static boolean at(OffsetDateTime accommodatedAt, int hours, OffsetDateTime now) {
        return from(accommodatedAt, hours).map(since -> !now.isBefore(since)).orElse(false);
    }
}
