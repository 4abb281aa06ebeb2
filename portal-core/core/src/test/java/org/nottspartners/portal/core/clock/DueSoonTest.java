package org.nottspartners.portal.core.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.calendar.BankHolidays;
import org.nottspartners.portal.core.calendar.WorkingDayCalendar;

@DisplayName("RULES §8: 'due soon' on the dashboard counts working days in the council's calendar")
class DueSoonTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.builder("county", BankHolidays.englandAndWales()).build();

    @Test
    @DisplayName("On Thu 22 Aug 2024, 2 working days ahead counts Fri 23 and Tue 27 (Mon 26 is a bank holiday): due soon until the end of Tue 27")
    void overBankHoliday() {
        OffsetDateTime until = StandardClocks.dueSoonUntil(calendar, LocalDate.of(2024, 8, 22), 2);
        assertThat(until).isEqualTo(OffsetDateTime.of(2024, 8, 27, 23, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    @DisplayName("Zero working days: only what is due today is due soon")
    void zero() {
        OffsetDateTime until = StandardClocks.dueSoonUntil(calendar, LocalDate.of(2024, 12, 2), 0);
        assertThat(until).isEqualTo(OffsetDateTime.of(2024, 12, 3, 0, 0, 0, 0, ZoneOffset.UTC));
    }
}
