package org.nottspartners.portal.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nottspartners.portal.core.calendar.TestCalendars.date;
import static org.nottspartners.portal.core.calendar.TestCalendars.london;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("RULES §2 Working days: weekends, England bank holidays and council closure days")
class WorkingDayCalendarTest {

    private final WorkingDayCalendar county = TestCalendars.plain("county");

    @Nested
    @DisplayName("isWorkingDay")
    class IsWorkingDay {

        @Test
        @DisplayName("RULES §2: weekends and bank holidays are not working days; an ordinary weekday is")
        void weekendsAndBankHolidays() {
            assertThat(county.isWorkingDay(date(2024, 8, 23))).as("Fri 23 Aug 2024").isTrue();
            assertThat(county.isWorkingDay(date(2024, 8, 24))).as("Sat").isFalse();
            assertThat(county.isWorkingDay(date(2024, 8, 25))).as("Sun").isFalse();
            assertThat(county.isWorkingDay(date(2024, 8, 26))).as("summer bank holiday").isFalse();
        }

        @Test
        @DisplayName("RULES §2: a council closure day (27-31 Dec) is not a working day for that council only")
        void councilClosureDays() {
            WorkingDayCalendar closing = WorkingDayCalendar.builder("city", BankHolidays.englandAndWales())
                    .councilClosureDays(List.of(date(2024, 12, 27), date(2024, 12, 30), date(2024, 12, 31)))
                    .build();
            assertThat(closing.isWorkingDay(date(2024, 12, 30))).isFalse();
            assertThat(county.isWorkingDay(date(2024, 12, 30))).isTrue();
            assertThat(closing.addWorkingDays(date(2024, 12, 24), 1)).isEqualTo(date(2025, 1, 2));
        }

        @Test
        @DisplayName("A day in a year with no bank holiday data is refused rather than guessed")
        void uncoveredYear() {
            assertThatThrownBy(() -> county.isWorkingDay(date(2031, 3, 3)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Bank holidays for 2031 are not known");
        }
    }

    @Nested
    @DisplayName("addWorkingDays (counting starts the day after the start day)")
    class AddWorkingDays {

        @Test
        @DisplayName("RULES §2: Good Friday and Easter Monday are skipped (Thu 28 Mar 2024 + 1 = Tue 2 Apr 2024)")
        void easterSkipped() {
            assertThat(county.addWorkingDays(date(2024, 3, 28), 1)).isEqualTo(date(2024, 4, 2));
            assertThat(county.addWorkingDays(date(2025, 4, 17), 2)).isEqualTo(date(2025, 4, 23));
        }

        @Test
        @DisplayName("RULES §2: Christmas and Boxing Day substitutes are skipped (Fri 24 Dec 2021 + 1 = Wed 29 Dec 2021)")
        void christmasWithWeekendSubstitutes() {
            assertThat(county.addWorkingDays(date(2021, 12, 24), 1)).isEqualTo(date(2021, 12, 29));
            assertThat(county.addWorkingDays(date(2022, 12, 23), 1)).isEqualTo(date(2022, 12, 28));
            assertThat(county.addWorkingDays(date(2020, 12, 24), 1)).isEqualTo(date(2020, 12, 29));
        }

        @Test
        @DisplayName("RULES §3: 5 working days from Fri 23 Aug 2024 is Mon 2 Sep 2024 (Mon 26 Aug summer bank holiday)")
        void fiveFromFridayBeforeBankHoliday() {
            assertThat(county.addWorkingDays(date(2024, 8, 23), 5)).isEqualTo(date(2024, 9, 2));
        }

        @Test
        @DisplayName("Convention: from a weekend, the next working day is day 1 (Sat 24 Aug 2024 + 1 = Tue 27 Aug)")
        void fromAWeekend() {
            assertThat(county.addWorkingDays(date(2024, 8, 24), 1)).isEqualTo(date(2024, 8, 27));
        }

        @Test
        @DisplayName("Convention: adding 0 gives the start day if it is a working day, otherwise the next working day")
        void addingZero() {
            assertThat(county.addWorkingDays(date(2024, 8, 23), 0)).isEqualTo(date(2024, 8, 23));
            assertThat(county.addWorkingDays(date(2024, 8, 24), 0)).isEqualTo(date(2024, 8, 27));
            assertThat(county.addWorkingDays(date(2024, 3, 29), 0)).isEqualTo(date(2024, 4, 2));
        }

        @Test
        @DisplayName("A negative number of working days is refused in plain words")
        void negativeRefused() {
            assertThatThrownBy(() -> county.addWorkingDays(date(2024, 8, 23), -1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("negative number of working days");
        }
    }

    @Nested
    @DisplayName("workingDaysBetween (first day left out, last day counted)")
    class WorkingDaysBetween {

        @Test
        @DisplayName("RULES §2: Fri 23 Aug 2024 to Mon 2 Sep 2024 is 5 working days; the same day is 0")
        void countsLikeAdd() {
            assertThat(county.workingDaysBetween(date(2024, 8, 23), date(2024, 9, 2))).isEqualTo(5);
            assertThat(county.workingDaysBetween(date(2024, 8, 23), date(2024, 8, 23))).isZero();
            assertThat(county.workingDaysBetween(date(2024, 8, 23), date(2024, 8, 26))).isZero();
        }

        @Test
        @DisplayName("Convention: a last day before the first gives a negative count (working days overdue)")
        void reversed() {
            assertThat(county.workingDaysBetween(date(2024, 9, 2), date(2024, 8, 23))).isEqualTo(-5);
        }

        @Test
        @DisplayName("Convention: workingDaysBetween undoes addWorkingDays, for every start day in 2024 and several n")
        void inverseOfAdd() {
            for (LocalDate start = date(2024, 1, 1); start.getYear() == 2024; start = start.plusDays(1)) {
                for (int n : new int[] {1, 5, 10, 30, 35, 40}) {
                    LocalDate end = county.addWorkingDays(start, n);
                    assertThat(county.workingDaysBetween(start, end)).as("%s + %d", start, n).isEqualTo(n);
                    assertThat(county.isWorkingDay(end)).isTrue();
                }
            }
        }
    }

    @Nested
    @DisplayName("addWorkingHours")
    class AddWorkingHours {

        @Test
        @DisplayName("RULES §3: urgent screening within 24 hours runs through the weekend in clock hours (Fri 15:00 -> Sat 15:00)")
        void clockHoursAcrossWeekend() {
            assertThat(county.addWorkingHours(london(2024, 8, 23, 15, 0), 24, WorkingHours.AROUND_THE_CLOCK))
                    .isEqualTo(london(2024, 8, 24, 15, 0));
            assertThat(county.addWorkingHours(LocalDateTime.of(2024, 8, 23, 15, 0), 24, WorkingHours.AROUND_THE_CLOCK))
                    .isEqualTo(LocalDateTime.of(2024, 8, 24, 15, 0));
        }

        @Test
        @DisplayName("RULES §3: the 72-hour return interview clock runs over a bank holiday weekend (Fri 20:00 -> Mon 20:00)")
        void seventyTwoHours() {
            assertThat(county.addWorkingHours(london(2024, 8, 23, 20, 0), 72, WorkingHours.AROUND_THE_CLOCK))
                    .isEqualTo(london(2024, 8, 26, 20, 0));
        }

        @Test
        @DisplayName("Convention: clock hours are real elapsed time, so 24 hours over the spring clock change ends an hour later on the wall clock")
        void clockChange() {
            assertThat(county.addWorkingHours(LocalDateTime.of(2024, 3, 30, 12, 0), 24, WorkingHours.AROUND_THE_CLOCK))
                    .isEqualTo(LocalDateTime.of(2024, 3, 31, 13, 0));
            assertThat(county.addWorkingHours(london(2024, 3, 30, 12, 0), 24, WorkingHours.AROUND_THE_CLOCK))
                    .isEqualTo(london(2024, 3, 31, 13, 0));
        }

        @Test
        @DisplayName("Convention: office hours count only 09:00-17:00 on working days (Fri 16:00 + 3h = Tue 11:00 after a bank holiday)")
        void officeHours() {
            assertThat(county.addWorkingHours(LocalDateTime.of(2024, 8, 23, 16, 0), 3, WorkingHours.NINE_TO_FIVE))
                    .isEqualTo(LocalDateTime.of(2024, 8, 27, 11, 0));
            assertThat(county.addWorkingHours(london(2024, 8, 23, 16, 0), 3, WorkingHours.NINE_TO_FIVE))
                    .isEqualTo(london(2024, 8, 27, 11, 0));
        }

        @Test
        @DisplayName("Convention: office hours that run out exactly at closing time are due at closing time")
        void exactlyAtClosing() {
            assertThat(county.addWorkingHours(LocalDateTime.of(2024, 8, 23, 9, 0), 8, WorkingHours.NINE_TO_FIVE))
                    .isEqualTo(LocalDateTime.of(2024, 8, 23, 17, 0));
            assertThat(county.addWorkingHours(LocalDateTime.of(2024, 8, 23, 9, 0), 16, WorkingHours.NINE_TO_FIVE))
                    .isEqualTo(LocalDateTime.of(2024, 8, 27, 17, 0));
        }

        /**
         * The closing-time exception is only for a working day with nothing left to add: a deadline
         * reached exactly at 17:00 stays at 17:00, but the same moment on a Saturday, or with time still
         * to count, moves on to the next opening.
         */
        @Test
        @DisplayName("Convention: with nothing to add, 17:00 on a working day stays 17:00; on a Saturday it moves to the next opening")
        void nothingToAddAtClosingTime() {
            assertThat(county.addWorkingHours(LocalDateTime.of(2024, 8, 22, 17, 0), 0, WorkingHours.NINE_TO_FIVE))
                    .isEqualTo(LocalDateTime.of(2024, 8, 22, 17, 0));
            assertThat(county.addWorkingHours(LocalDateTime.of(2024, 8, 24, 17, 0), 0, WorkingHours.NINE_TO_FIVE))
                    .as("Saturday, then the bank holiday Monday").isEqualTo(LocalDateTime.of(2024, 8, 27, 9, 0));
            assertThat(county.addWorkingHours(LocalDateTime.of(2024, 8, 22, 17, 0), 1, WorkingHours.NINE_TO_FIVE))
                    .isEqualTo(LocalDateTime.of(2024, 8, 23, 10, 0));
        }

        @Test
        @DisplayName("Convention: an office-hours start outside office hours counts from the next opening")
        void startOutsideOfficeHours() {
            assertThat(county.addWorkingHours(LocalDateTime.of(2024, 8, 24, 11, 0), 1, WorkingHours.NINE_TO_FIVE))
                    .as("Saturday, then the bank holiday Monday").isEqualTo(LocalDateTime.of(2024, 8, 27, 10, 0));
            assertThat(county.addWorkingHours(LocalDateTime.of(2024, 8, 22, 7, 30), 2, WorkingHours.NINE_TO_FIVE))
                    .isEqualTo(LocalDateTime.of(2024, 8, 22, 11, 0));
            assertThat(county.addWorkingHours(LocalDateTime.of(2024, 8, 22, 18, 0), 0, WorkingHours.NINE_TO_FIVE))
                    .isEqualTo(LocalDateTime.of(2024, 8, 23, 9, 0));
            assertThat(county.addWorkingTime(LocalDateTime.of(2024, 8, 22, 16, 30), Duration.ofMinutes(90),
                    new WorkingHours.OfficeHours(LocalTime.of(8, 30), LocalTime.of(17, 0))))
                    .isEqualTo(LocalDateTime.of(2024, 8, 23, 9, 30));
        }

        @Test
        @DisplayName("Negative hours or durations, and office hours that close before they open, are refused")
        void refused() {
            assertThatThrownBy(() -> county.addWorkingHours(london(2024, 8, 23, 9, 0), -1, WorkingHours.AROUND_THE_CLOCK))
                    .hasMessageContaining("negative number of hours");
            assertThatThrownBy(() -> county.addWorkingTime(london(2024, 8, 23, 9, 0), Duration.ofMinutes(-30),
                    WorkingHours.AROUND_THE_CLOCK)).hasMessageContaining("negative amount of time");
            assertThatThrownBy(() -> county.addWorkingTime(LocalDateTime.of(2024, 8, 23, 9, 0), Duration.ofMinutes(-30),
                    WorkingHours.NINE_TO_FIVE)).hasMessageContaining("negative amount of time");
            assertThatThrownBy(() -> new WorkingHours.OfficeHours(LocalTime.of(17, 0), LocalTime.of(9, 0)))
                    .hasMessageContaining("must open");
        }
    }
}
