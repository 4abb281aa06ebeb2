package org.nottspartners.portal.earlyhelp.casework;

import java.time.OffsetDateTime;
import java.util.Comparator;

/**
 * The order of a team's waiting list (RULES.md §3 "Waiting list"; 002 §3a3): priority weighs the risk
 * indicators against the family's existing support, "high risk with low support first"; then higher risk
 * before lower; then less existing support before more; then longest waiting first.
 */
public final class WaitingListOrder {

    private WaitingListOrder() {
    }

    /** A case on the list, as the order needs it. */
    public record Entry(RiskRating risk, ExistingSupport support, OffsetDateTime waitingSince) {
    }

    /** Priority 1 (allocate first) to 9: risk counts before support. */
    public static int priority(RiskRating risk, ExistingSupport support) {
        return risk.ordinal() * ExistingSupport.values().length + support.ordinal() + 1;
    }

    public static final Comparator<Entry> ORDER = Comparator
            .comparingInt((Entry e) -> priority(e.risk(), e.support()))
            .thenComparing(Entry::waitingSince);
}
