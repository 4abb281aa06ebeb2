package org.nottspartners.portal.core.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.calendar.ClockStatus;

@DisplayName("RULES §3 (002 §3c5): relaxing a quality standard needs a group manager's agreement, reviewed weekly")
class ClockRelaxationTest {

    private static final OffsetDateTime STARTED = ContactClockFixture.STARTED;
    private static final OffsetDateTime DUE = ContactClockFixture.DUE;
    private static final OffsetDateTime SOON = ContactClockFixture.SOON;

    private static ClockRecord contactClock() {
        return ContactClockFixture.contactClock();
    }

    @Test
    @DisplayName("Relaxed, an overdue clock is counted as relaxed until the weekly review is due")
    void relaxedUntilReviewDue() {
        ClockRecord clock = contactClock();
        OffsetDateTime afterDue = DUE.plusDays(1);
        assertThat(clock.status(afterDue, SOON)).isEqualTo(ClockStatus.OVERDUE);
        clock.relax("gill.citygroup", "Mother in hospital; visits paused", afterDue, afterDue.plusDays(7));
        assertThat(clock.status(afterDue.plusDays(3), SOON)).isEqualTo(ClockStatus.RELAXED);
        assertThat(clock.status(afterDue.plusDays(7), SOON)).as("on the review's due time").isEqualTo(ClockStatus.RELAXED);
        assertThat(clock.status(afterDue.plusDays(7).plusMinutes(1), SOON)).as("a review missed: the standard applies again")
                .isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    @DisplayName("A review keeps the relaxation for another week, or ends it")
    void weeklyReview() {
        ClockRecord clock = contactClock();
        OffsetDateTime relaxedAt = STARTED.plusDays(1);
        clock.relax("gill.citygroup", "Family abroad for a funeral", relaxedAt, relaxedAt.plusDays(7));
        clock.reviewRelaxation(true, relaxedAt.plusDays(14));
        assertThat(clock.isRelaxedAt(relaxedAt.plusDays(10))).isTrue();
        assertThat(clock.relaxedBy()).isEqualTo("gill.citygroup");
        clock.reviewRelaxation(false, null);
        assertThat(clock.isRelaxedAt(relaxedAt.plusDays(10))).isFalse();
        assertThat(clock.relaxedBy()).isNull();
        assertThat(clock.status(relaxedAt.plusDays(2), SOON)).isEqualTo(ClockStatus.IN_TIME);
    }

    @Test
    @DisplayName("A met standard stays met whatever was relaxed")
    void stoppedClocks() {
        ClockRecord clock = contactClock();
        clock.relax("gill.citygroup", "Reason", STARTED, STARTED.plusDays(7));
        clock.stop(STARTED.plusDays(2));
        assertThat(clock.status(STARTED.plusDays(3), SOON)).isEqualTo(ClockStatus.MET);
    }
}
