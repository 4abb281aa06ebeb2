package org.nottspartners.portal.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nottspartners.portal.core.calendar.TestCalendars.date;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RULES §2 'Working days': a council's own calendar data changes its working days")
class CouncilCalendarDataTest {

    @Test
    @DisplayName("Shipped bank holidays only: Good Friday 29 Mar 2024 and Christmas 25 Dec 2024 are not working days")
    void shippedHolidays() {
        WorkingDayCalendar calendar = CouncilCalendars.build("county", List.of(), List.of());
        assertThat(calendar.isWorkingDay(date(2024, 3, 29))).isFalse();
        assertThat(calendar.isWorkingDay(date(2024, 12, 25))).isFalse();
        assertThat(calendar.isWorkingDay(date(2024, 12, 27))).isTrue();
    }

    @Test
    @DisplayName("A council closure day (Fri 27 Dec 2024) is not a working day, and pushes a 5-working-day clock on")
    void closureDay() {
        WorkingDayCalendar calendar = CouncilCalendars.build("city",
                List.of(new CalendarDay("city", date(2024, 12, 27), CalendarDayKind.COUNCIL_CLOSURE, "Office closure")), List.of());
        assertThat(calendar.isWorkingDay(date(2024, 12, 27))).isFalse();
        // RULES §3 screening, 5 working days: from Mon 23 Dec 2024 -> 24, 30, 31 Dec, 2, 3 Jan (25, 26 bank holidays, 27 closed, 1 Jan)
        assertThat(calendar.addWorkingDays(date(2024, 12, 23), 5)).isEqualTo(date(2025, 1, 3));
        WorkingDayCalendar other = CouncilCalendars.build("county", List.of(), List.of());
        assertThat(other.addWorkingDays(date(2024, 12, 23), 5)).isEqualTo(date(2025, 1, 2));
    }

    @Test
    @DisplayName("A bank holiday the government adds (8 May 2023, coronation, shipped) or one a council adds is not a working day; a cancelled one is")
    void addedAndCancelledHolidays() {
        WorkingDayCalendar calendar = CouncilCalendars.build("county", List.of(
                new CalendarDay("county", date(2026, 6, 15), CalendarDayKind.BANK_HOLIDAY_ADDED, "One-off holiday"),
                new CalendarDay("county", date(2026, 5, 25), CalendarDayKind.BANK_HOLIDAY_REMOVED, "Moved")), List.of());
        assertThat(calendar.isWorkingDay(date(2023, 5, 8))).isFalse();
        assertThat(calendar.isWorkingDay(date(2026, 6, 15))).isFalse();
        assertThat(calendar.isWorkingDay(date(2026, 5, 25))).isTrue();
    }

    @Test
    @DisplayName("School terms and INSET days held as data count school sessions (two a day)")
    void termsAndInsetDays() {
        WorkingDayCalendar calendar = CouncilCalendars.build("county",
                List.of(new CalendarDay("county", date(2024, 9, 2), CalendarDayKind.SCHOOL_CLOSURE, "INSET")),
                List.of(new SchoolTerm("county", "Autumn 1 2024", date(2024, 9, 2), date(2024, 10, 25))));
        // Mon 2 Sep INSET, so Tue 3 to Fri 6 Sep: 4 school days, 8 sessions
        assertThat(calendar.schoolSessionsBetween(date(2024, 9, 2), date(2024, 9, 6))).isEqualTo(8);
        assertThat(calendar.isSchoolDay(date(2024, 10, 19))).isFalse();
        assertThat(calendar.isSchoolDay(date(2024, 10, 25))).isTrue();
    }
}
