package org.nottspartners.portal.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Calendars shared by the tests. The term dates are illustrative (shaped like an English school
 * year, with half terms), not either council's published dates.
 */
final class TestCalendars {

    static final LocalDate AUTUMN_INSET_DAY = LocalDate.of(2024, 9, 2);

    static final List<TermDates> SCHOOL_YEAR_2024_25 = List.of(
            new TermDates(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 10, 25)),
            new TermDates(LocalDate.of(2024, 11, 4), LocalDate.of(2024, 12, 20)),
            new TermDates(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 14)),
            new TermDates(LocalDate.of(2025, 2, 24), LocalDate.of(2025, 4, 4)),
            new TermDates(LocalDate.of(2025, 4, 22), LocalDate.of(2025, 5, 23)),
            new TermDates(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 7, 22)));

    private TestCalendars() {
    }

    /** Weekends and bank holidays only, no closures and no terms. */
    static WorkingDayCalendar plain(String council) {
        return WorkingDayCalendar.builder(council, BankHolidays.englandAndWales()).build();
    }

    /** The County with the illustrative 2024/25 school year and one INSET day. */
    static WorkingDayCalendar countyWithSchoolYear() {
        return WorkingDayCalendar.builder("county", BankHolidays.englandAndWales())
                .terms(SCHOOL_YEAR_2024_25)
                .schoolClosureDays(List.of(AUTUMN_INSET_DAY))
                .build();
    }

    /** A wall-clock time in England as an instant. */
    static Instant london(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(WorkingDayCalendar.ENGLAND).toInstant();
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
