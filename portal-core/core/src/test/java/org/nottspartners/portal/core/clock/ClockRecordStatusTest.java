package org.nottspartners.portal.core.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.calendar.ClockStatus;
import org.nottspartners.portal.core.calendar.StandardClock;

/**
 * The stored clock (what the dashboards count) must give the same answers as {@link StandardClock}, which
 * QualityStandardClockTest checks: a status worked out as at an earlier moment, for a report or a
 * dashboard of a past day, must not see a stop that had not happened yet.
 */
@DisplayName("RULES §8: the stored clock's status as at a moment")
class ClockRecordStatusTest {

    /** Started Monday 2 Nov 2026, due at the end of Monday 9 Nov (winter dates: England is on UTC). */
    private static final OffsetDateTime STARTED = ContactClockFixture.STARTED;
    private static final OffsetDateTime DUE = ContactClockFixture.DUE;
    private static final OffsetDateTime SOON = ContactClockFixture.SOON;

    private static ClockRecord contactClock() {
        return ContactClockFixture.contactClock();
    }

    @Test
    @DisplayName("Stopped late on Wed 11 Nov: in time as at Thu 5 Nov, overdue as at Tue 10 Nov, met late from the stop on")
    void statusAsAtEarlierMomentIgnoresALaterStop() {
        ClockRecord clock = contactClock();
        OffsetDateTime stopped = OffsetDateTime.of(2026, 11, 11, 10, 0, 0, 0, ZoneOffset.UTC);
        clock.stop(stopped);

        assertThat(clock.status(STARTED.plusDays(3), SOON)).isEqualTo(ClockStatus.IN_TIME);
        assertThat(clock.status(DUE.plusHours(12), SOON)).isEqualTo(ClockStatus.OVERDUE);
        assertThat(clock.status(stopped, SOON)).isEqualTo(ClockStatus.MET_LATE);
    }

    @Test
    @DisplayName("A stop recorded before the clock started counts as a stop at the start, never before it")
    void aStopIsNeverBeforeTheStart() {
        ClockRecord clock = contactClock();
        clock.stop(STARTED.minusHours(1));

        assertThat(clock.stoppedAt()).isEqualTo(STARTED);
        assertThat(clock.status(STARTED, SOON)).isEqualTo(ClockStatus.MET);
    }
}
