package org.nottspartners.portal.housing.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;

/**
 * The supported-accommodation waiting list's order (issue 17; RULES.md §6): the highest score first, then the
 * longest wait (the A1 received first), and which scheme version scores an A1.
 */
public final class WaitingOrder {

    /** A young person on the list, as the order sees them. */
    public interface Waiting {
        int score();

        OffsetDateTime receivedAt();

        String id();
    }

    public static final Comparator<Waiting> ORDER = Comparator.comparingInt(Waiting::score).reversed()
            .thenComparing(Waiting::receivedAt).thenComparing(Waiting::id);

    private WaitingOrder() {
    }

    /**
     * Whether a new scheme version rescoring the list reaches an A1: only those scored on or after the day the version
     * takes effect; an A1 scored before keeps the score its own version gave it.
     */
    public static boolean rescoredBy(LocalDate versionEffectiveFrom, LocalDate scoredOn) {
        return !scoredOn.isBefore(versionEffectiveFrom);
    }
}
