package org.nottspartners.portal.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nottspartners.portal.core.calendar.TestCalendars.date;
import static org.nottspartners.portal.core.calendar.TestCalendars.london;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RULES §8: the deadline the core stores for a clock is the last moment still in time")
class DueDeadlineTest {

    @Test
    @DisplayName("Due by the end of Mon 2 Sep 2024: in time until 23:59:59.999999 that day, late at midnight")
    void endOfDay() {
        Due due = new Due.ByEndOfDay(date(2024, 9, 2), WorkingDayCalendar.ENGLAND);
        assertThat(due.isMetBy(due.deadline())).isTrue();
        assertThat(due.isMetBy(due.deadline().plus(1, ChronoUnit.MICROS))).isFalse();
        assertThat(due.deadline().plus(1, ChronoUnit.MICROS)).isEqualTo(london(2024, 9, 3, 0, 0));
    }

    @Test
    @DisplayName("Due by 15:00 Sat 24 Aug 2024 (24 hours, urgent screening): 15:00 itself is in time")
    void byTime() {
        Due due = new Due.ByTime(london(2024, 8, 24, 15, 0), WorkingDayCalendar.ENGLAND);
        assertThat(due.deadline()).isEqualTo(london(2024, 8, 24, 15, 0));
        assertThat(due.isMetBy(due.deadline())).isTrue();
    }
}
