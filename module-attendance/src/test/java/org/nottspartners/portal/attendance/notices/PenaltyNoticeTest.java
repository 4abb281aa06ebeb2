package org.nottspartners.portal.attendance.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A notice's steps and what is paid (RULES.md §4: £160, £80 if paid within 21 days; a second notice has no reduction). */
class PenaltyNoticeTest {

    private static PenaltyNotice issuedOn(LocalDate day, Integer reduced) {
        PenaltyNotice n = new PenaltyNotice(UUID.randomUUID(), UUID.randomUUID(), day, day.minusWeeks(3), day, 10, 160, reduced);
        n.issue(day);
        return n;
    }

    @Test
    @DisplayName("RULES §4: paid on the 21st day after issue, £80; on the 22nd, £160")
    void reducedWithin21Days() {
        LocalDate issued = LocalDate.of(2026, 1, 5);
        PenaltyNotice onTime = issuedOn(issued, 80);
        onTime.pay(issued.plusDays(21), 21);
        assertThat(onTime.paidPounds()).isEqualTo(80);
        PenaltyNotice late = issuedOn(issued, 80);
        late.pay(issued.plusDays(22), 21);
        assertThat(late.paidPounds()).isEqualTo(160);
    }

    @Test
    @DisplayName("RULES §4: a second notice within 3 years has no reduction, however soon it is paid")
    void secondNoticeNoReduction() {
        PenaltyNotice second = issuedOn(LocalDate.of(2026, 1, 5), null);
        second.pay(LocalDate.of(2026, 1, 6), 21);
        assertThat(second.paidPounds()).isEqualTo(160);
    }

    @Test
    @DisplayName("Steps in order: a paid notice is not withdrawn, a requested one is not paid")
    void stepsInOrder() {
        PenaltyNotice requested = new PenaltyNotice(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 1, 5),
                LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 5), 10, 160, 80);
        assertThatThrownBy(() -> requested.pay(LocalDate.of(2026, 1, 6), 21)).hasMessageContaining("Only an issued notice is paid");
        PenaltyNotice paid = issuedOn(LocalDate.of(2026, 1, 5), 80);
        paid.pay(LocalDate.of(2026, 1, 6), 21);
        assertThatThrownBy(() -> paid.withdraw(LocalDate.of(2026, 1, 7), "x")).hasMessageContaining("cannot be withdrawn");
    }
}
