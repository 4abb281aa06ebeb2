package org.nottspartners.portal.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nottspartners.portal.core.calendar.TestCalendars.date;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RULES §2 and §4: school days, sessions and school weeks from a council's term dates")
class SchoolCalendarTest {

    private final WorkingDayCalendar county = TestCalendars.countyWithSchoolYear();

    @Test
    @DisplayName("RULES §4: sessions across the October half-term count only term days (21 Oct - 8 Nov 2024: 10 days, 20 sessions)")
    void sessionsAcrossHalfTerm() {
        assertThat(county.schoolDaysBetween(date(2024, 10, 21), date(2024, 11, 8))).isEqualTo(10);
        assertThat(county.schoolSessionsBetween(date(2024, 10, 21), date(2024, 11, 8))).isEqualTo(20);
        assertThat(county.isSchoolDay(date(2024, 10, 30))).as("half-term Wednesday").isFalse();
    }

    @Test
    @DisplayName("RULES §4: an INSET day is not a school session (week of 2 Sep 2024: 4 days, 8 sessions)")
    void insetDayExcluded() {
        assertThat(county.isSchoolDay(TestCalendars.AUTUMN_INSET_DAY)).isFalse();
        assertThat(county.schoolSessionsBetween(date(2024, 9, 2), date(2024, 9, 6))).isEqualTo(8);
    }

    @Test
    @DisplayName("RULES §2: a bank holiday in term is not a school day (5-9 May 2025: 4 days, 8 sessions)")
    void bankHolidayInTerm() {
        assertThat(county.schoolSessionsBetween(date(2025, 5, 5), date(2025, 5, 9))).isEqualTo(8);
    }

    @Test
    @DisplayName("Convention: school periods include both their first and last day (one day = 2 sessions)")
    void bothEndsIncluded() {
        assertThat(county.schoolSessionsBetween(date(2024, 10, 21), date(2024, 10, 21))).isEqualTo(2);
        assertThatThrownBy(() -> county.schoolSessionsBetween(date(2024, 10, 21), date(2024, 10, 20)))
                .hasMessageContaining("ends (2024-10-20) before it starts (2024-10-21)");
    }

    @Test
    @DisplayName("RULES §4: a school week is a week with at least one session; the half-term week does not count (14 Oct - 15 Nov 2024: 4)")
    void schoolWeeksSkipHalfTerm() {
        assertThat(county.schoolWeeksBetween(date(2024, 10, 14), date(2024, 11, 15))).isEqualTo(4);
    }

    @Test
    @DisplayName("RULES §4: school weeks may span terms and school years, and a week cut by the period counts if a school day is inside it")
    void schoolWeeksSpanTerms() {
        assertThat(county.schoolWeeksBetween(date(2024, 10, 25), date(2024, 11, 4))).isEqualTo(2);
        assertThat(county.schoolWeeksBetween(date(2024, 12, 16), date(2025, 1, 10))).isEqualTo(2);
        assertThat(county.schoolWeeksBetween(date(2024, 10, 26), date(2024, 11, 3))).isZero();
    }

    @Test
    @DisplayName("RULES §4: adding school weeks skips holiday weeks (Wed 16 Oct 2024 + 2 school weeks = Wed 6 Nov 2024)")
    void addSchoolWeeks() {
        assertThat(county.addSchoolWeeks(date(2024, 10, 16), 2)).isEqualTo(date(2024, 11, 6));
        assertThat(county.addSchoolWeeks(date(2024, 9, 18), 2)).as("no holiday: same as calendar weeks")
                .isEqualTo(date(2024, 10, 2));
        assertThat(county.addSchoolWeeks(date(2024, 10, 23), 1)).as("one school week from the last week before half-term")
                .isEqualTo(date(2024, 11, 6));
    }

    @Test
    @DisplayName("RULES §2: council office closure days do not close schools")
    void officeClosureIsNotSchoolClosure() {
        WorkingDayCalendar closing = WorkingDayCalendar.builder("county", BankHolidays.englandAndWales())
                .terms(TestCalendars.SCHOOL_YEAR_2024_25)
                .councilClosureDays(List.of(date(2024, 12, 20)))
                .build();
        assertThat(closing.isWorkingDay(date(2024, 12, 20))).isFalse();
        assertThat(closing.isSchoolDay(date(2024, 12, 20))).isTrue();
    }

    @Test
    @DisplayName("Days outside the term dates entered, or a council with no term dates, are refused rather than guessed")
    void outsideKnownTerms() {
        assertThatThrownBy(() -> county.isSchoolDay(date(2025, 9, 10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("known from 2024-09-02 to 2025-07-22")
                .hasMessageContaining("Enter that school year's term dates first");
        assertThatThrownBy(() -> TestCalendars.plain("city").schoolSessionsBetween(date(2024, 10, 1), date(2024, 10, 2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No term dates have been entered for city");
    }

    /**
     * Administrators enter term dates one at a time, in no particular order (a new school year is often
     * entered before the current one is corrected), so the calendar must not depend on the order given.
     */
    @Test
    @DisplayName("RULES §2: term dates entered latest first give the same school days as in date order")
    void termDatesInAnyOrder() {
        List<TermDates> latestFirst = new ArrayList<>(TestCalendars.SCHOOL_YEAR_2024_25);
        Collections.reverse(latestFirst);
        WorkingDayCalendar entered = WorkingDayCalendar.builder("county", BankHolidays.englandAndWales())
                .terms(latestFirst)
                .schoolClosureDays(List.of(TestCalendars.AUTUMN_INSET_DAY))
                .build();
        assertThat(entered.terms()).isEqualTo(TestCalendars.SCHOOL_YEAR_2024_25);
        assertThat(entered.schoolSessionsBetween(date(2024, 9, 2), date(2025, 7, 22)))
                .isEqualTo(county.schoolSessionsBetween(date(2024, 9, 2), date(2025, 7, 22)));
    }

    @Test
    @DisplayName("Adding no school weeks, or counting the school weeks of a period that ends before it starts, is refused")
    void schoolWeekRefusals() {
        assertThatThrownBy(() -> county.addSchoolWeeks(date(2024, 10, 16), 0))
                .hasMessageContaining("Add at least one school week (not 0)");
        assertThatThrownBy(() -> county.schoolWeeksBetween(date(2024, 10, 21), date(2024, 10, 20)))
                .hasMessageContaining("ends (2024-10-20) before it starts (2024-10-21)");
    }

    @Test
    @DisplayName("An INSET day outside term and overlapping term dates are refused in plain words")
    void badTermDatesRefused() {
        assertThatThrownBy(() -> WorkingDayCalendar.builder("county", BankHolidays.englandAndWales())
                .terms(TestCalendars.SCHOOL_YEAR_2024_25)
                .schoolClosureDays(List.of(date(2024, 10, 30)))
                .build())
                .hasMessageContaining("INSET) day 2024-10-30 is not inside any of the term dates");
        assertThatThrownBy(() -> WorkingDayCalendar.builder("county", BankHolidays.englandAndWales())
                .term(date(2024, 9, 2), date(2024, 10, 25))
                .term(date(2024, 10, 21), date(2024, 12, 20))
                .build())
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> new TermDates(date(2024, 10, 25), date(2024, 9, 2)))
                .hasMessageContaining("cannot end");
    }
}
