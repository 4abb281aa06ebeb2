package org.nottspartners.portal.attendance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.attendance.rules.ParentingOrderBreaches.Action;

/** Breaches of a parenting order (RULES.md §4, County 002 §3h1). */
class ParentingOrderBreachesTest {

    private static final LocalDate ON = LocalDate.of(2026, 11, 30);

    @Test
    @DisplayName("§3h1: an acceptable reason means no action, even after earlier breaches")
    void acceptableReason() {
        assertThat(ParentingOrderBreaches.action(ON, true, List.of(ON.minusWeeks(2)), 3)).isEqualTo(Action.NO_ACTION);
    }

    @Test
    @DisplayName("§3h1: a first unacceptable breach means a meeting and a Warning Letter")
    void firstUnacceptable() {
        assertThat(ParentingOrderBreaches.action(ON, false, List.of(), 3)).isEqualTo(Action.WARNING_LETTER);
    }

    @Test
    @DisplayName("§3h1: more than one unacceptable breach in 3 months means a Breach Letter; one older than that does not count")
    void secondWithinThreeMonths() {
        assertThat(ParentingOrderBreaches.action(ON, false, List.of(ON.minusMonths(3)), 3)).isEqualTo(Action.BREACH_LETTER);
        assertThat(ParentingOrderBreaches.action(ON, false, List.of(ON.minusMonths(3).minusDays(1)), 3))
                .isEqualTo(Action.WARNING_LETTER);
    }
}
