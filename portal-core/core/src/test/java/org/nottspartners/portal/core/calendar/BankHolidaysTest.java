package org.nottspartners.portal.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nottspartners.portal.core.calendar.TestCalendars.date;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("RULES §2 Working days: England and Wales bank holidays shipped as data")
class BankHolidaysTest {

    private final BankHolidays holidays = BankHolidays.englandAndWales();

    @ParameterizedTest(name = "{0} is {1}")
    @DisplayName("RULES §2: known bank holidays, substitutes and proclaimed changes are on the list")
    @CsvSource({
            "2024-03-29, Good Friday",
            "2025-04-21, Easter Monday",
            "2021-12-27, Christmas Day (substitute day)",
            "2021-12-28, Boxing Day (substitute day)",
            "2023-01-02, New Year's Day (substitute day)",
            "2022-01-03, New Year's Day (substitute day)",
            "2020-12-28, Boxing Day (substitute day)",
            "2022-12-26, Boxing Day",
            "2022-12-27, Christmas Day (substitute day)",
            "2020-05-08, Early May bank holiday (VE day)",
            "2023-05-08, Bank holiday for the coronation of King Charles III",
            "2022-06-02, Spring bank holiday",
            "2022-06-03, Platinum Jubilee bank holiday",
            "2022-09-19, Bank holiday for the State Funeral of Queen Elizabeth II",
            "2024-08-26, Summer bank holiday",
            "2030-08-26, Summer bank holiday"})
    void knownDates(LocalDate day, String name) {
        assertThat(holidays.on(day)).map(BankHoliday::name).contains(name);
    }

    @Test
    @DisplayName("RULES §2: days that moved are no longer holidays (4 May 2020, 30 May 2022, 1 Jan 2022 a Saturday)")
    void movedDaysAreNotHolidays() {
        assertThat(holidays.isBankHoliday(date(2020, 5, 4))).isFalse();
        assertThat(holidays.isBankHoliday(date(2022, 5, 30))).isFalse();
        assertThat(holidays.isBankHoliday(date(2022, 1, 1))).isFalse();
    }

    @Test
    @DisplayName("RULES §2: the file has entries for every year 2018 to 2030, 8 a year plus the proclaimed extras")
    void everyYearCovered() {
        assertThat(holidays.firstYear()).isEqualTo(2018);
        assertThat(holidays.lastYear()).isEqualTo(2030);
        Map<Integer, Integer> extras = Map.of(2022, 2, 2023, 1);
        IntStream.rangeClosed(2018, 2030).forEach(year ->
                assertThat(holidays.inYear(year)).as("holidays in %d", year)
                        .hasSize(8 + extras.getOrDefault(year, 0)));
    }

    @Test
    @DisplayName("RULES §2: the shipped file agrees, year by year, with the statutory rules worked out independently")
    void fileMatchesRules() {
        for (int year = 2018; year <= 2030; year++) {
            assertThat(holidays.inYear(year).stream().map(BankHoliday::date).toList())
                    .as("bank holidays of %d", year)
                    .isEqualTo(expectedDates(year));
        }
    }

    @Test
    @DisplayName("RULES §2: no bank holiday on the list falls on a weekend")
    void noWeekendEntries() {
        assertThat(holidays.all()).allSatisfy(h -> assertThat(h.date().getDayOfWeek())
                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    @DisplayName("A date outside the years on the list is refused in plain words, not treated as a working day")
    void uncoveredYearRefused() {
        assertThatThrownBy(() -> holidays.isBankHoliday(date(2031, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bank holidays for 2031 are not known")
                .hasMessageContaining("2018 to 2030");
    }

    /**
     * The list covers whole calendar years: the first and last day of the years it lists are answered,
     * and the day either side is refused: RULES.md §2 "Working days" counts bank holidays, so a year
     * missing from the list cannot be counted, only refused.
     */
    @Test
    @DisplayName("RULES §2: 1 Jan 2018 and 31 Dec 2030 are covered; 31 Dec 2017 and 1 Jan 2031 are not")
    void edgesOfTheList() {
        assertThat(holidays.covers(date(2018, 1, 1))).isTrue();
        assertThat(holidays.covers(date(2030, 12, 31))).isTrue();
        assertThat(holidays.covers(date(2017, 12, 31))).isFalse();
        assertThat(holidays.covers(date(2031, 1, 1))).isFalse();
        assertThat(holidays.on(date(2018, 1, 1))).map(BankHoliday::name).contains("New Year's Day");
        assertThatThrownBy(() -> holidays.inYear(2017)).hasMessageContaining("Bank holidays for 2017 are not known");
        assertThatThrownBy(() -> holidays.inYear(2031)).hasMessageContaining("Bank holidays for 2031 are not known");
    }

    @Test
    @DisplayName("The loader reads the date,name format and rejects weekend dates, duplicates, gaps and bad headers")
    void loaderChecksItsInput() {
        BankHolidays small = BankHolidays.fromCsv(new StringReader(
                "date,name\n2024-12-25,Christmas Day\n\n2024-12-26,\"Boxing Day, the day after\"\n"), "test.csv");
        assertThat(small.inYear(2024)).extracting(BankHoliday::name)
                .containsExactly("Christmas Day", "Boxing Day, the day after");

        assertThatThrownBy(() -> BankHolidays.fromCsv(new StringReader("date,name\n2021-12-25,Christmas Day\n"), "x.csv"))
                .hasMessageContaining("falls on a saturday");
        assertThatThrownBy(() -> BankHolidays.fromCsv(new StringReader("date,name\n2022-12-25,Christmas Day\n"), "x.csv"))
                .hasMessageContaining("falls on a sunday");
        assertThatThrownBy(() -> BankHolidays.of(List.of())).hasMessageContaining("lists no bank holidays");
        assertThatThrownBy(() -> new BankHoliday(date(2024, 12, 25), " ")).hasMessageContaining("has no name");
        assertThatThrownBy(() -> BankHolidays.fromCsv(new StringReader(
                "date,name\n2024-12-25,Christmas Day\n2024-12-25,Again\n"), "x.csv"))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> BankHolidays.fromCsv(new StringReader(
                "date,name\n2024-12-25,Christmas Day\n2026-12-25,Christmas Day\n"), "x.csv"))
                .hasMessageContaining("no bank holidays for 2025");
        assertThatThrownBy(() -> BankHolidays.fromCsv(new StringReader("day,holiday\n"), "x.csv"))
                .hasMessageContaining("expected the header date,name");
        assertThatThrownBy(() -> BankHolidays.fromCsv(new StringReader("date,name\n25/12/2024,Christmas Day\n"), "x.csv"))
                .hasMessageContaining("line 2").hasMessageContaining("is not a date");
    }

    // ------------------------------------------------------------ an independent statement of the rules

    /** Easter Sundays from the published tables, not from an algorithm. */
    private static final Map<Integer, LocalDate> EASTER_SUNDAY = Map.ofEntries(
            Map.entry(2018, date(2018, 4, 1)), Map.entry(2019, date(2019, 4, 21)),
            Map.entry(2020, date(2020, 4, 12)), Map.entry(2021, date(2021, 4, 4)),
            Map.entry(2022, date(2022, 4, 17)), Map.entry(2023, date(2023, 4, 9)),
            Map.entry(2024, date(2024, 3, 31)), Map.entry(2025, date(2025, 4, 20)),
            Map.entry(2026, date(2026, 4, 5)), Map.entry(2027, date(2027, 3, 28)),
            Map.entry(2028, date(2028, 4, 16)), Map.entry(2029, date(2029, 4, 1)),
            Map.entry(2030, date(2030, 4, 21)));

    private static List<LocalDate> expectedDates(int year) {
        List<LocalDate> days = new ArrayList<>();
        days.add(nextWeekday(date(year, 1, 1)));
        days.add(EASTER_SUNDAY.get(year).minusDays(2));
        days.add(EASTER_SUNDAY.get(year).plusDays(1));
        days.add(year == 2020 ? date(2020, 5, 8) : firstMonday(year, 5));
        if (year == 2023) {
            days.add(date(2023, 5, 8));
        }
        if (year == 2022) {
            days.add(date(2022, 6, 2));
            days.add(date(2022, 6, 3));
        } else {
            days.add(lastMonday(year, 5));
        }
        days.add(lastMonday(year, 8));
        if (year == 2022) {
            days.add(date(2022, 9, 19));
        }
        LocalDate christmas = nextWeekday(date(year, 12, 25));
        LocalDate boxing = nextWeekday(date(year, 12, 26));
        if (!boxing.isAfter(christmas)) {
            boxing = nextWeekday(christmas.plusDays(1));
        }
        days.add(christmas.isBefore(boxing) ? christmas : boxing);
        days.add(christmas.isBefore(boxing) ? boxing : christmas);
        days.sort(null);
        return days;
    }

    private static LocalDate nextWeekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate firstMonday(int year, int month) {
        return date(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, int month) {
        return date(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }
}
