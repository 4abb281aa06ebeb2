package org.nottspartners.portal.licensing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.calendar.BankHolidays;
import org.nottspartners.portal.core.calendar.WorkingDayCalendar;

/**
 * RULES.md §5, employment (CYPA 1933, the 1998 Regulations, the byelaws): minimum age 14 (13 for listed light work);
 * never in school hours, before 7am or after 7pm; a school day at most 2 hours (at most 1 before school); a term-time
 * week at most 12 hours; Saturdays and holiday weekdays 5 hours under 15, 8 at 15+; Sundays 2 hours; a holiday week 25
 * hours under 15, 35 at 15+; a 1-hour break after 4 hours; 2 consecutive work-free weeks in the school holidays a year.
 */
class EmploymentRulesTest {

    /** A council calendar: spring term to 26 March 2027, Easter holidays, summer term from 12 April to 21 July. */
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.builder("test", BankHolidays.englandAndWales())
            .term(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 26))
            .term(LocalDate.of(2027, 4, 12), LocalDate.of(2027, 7, 21))
            .term(LocalDate.of(2027, 9, 6), LocalDate.of(2027, 12, 17))
            .term(LocalDate.of(2028, 1, 4), LocalDate.of(2028, 3, 31))
            .build();
    private static final Function<LocalDate, DayType> DAYS = day -> DayType.of(day, CALENDAR);

    /** 14 on 1 January 2027, so 14 all spring and summer. */
    private static final LocalDate FOURTEEN = LocalDate.of(2013, 1, 1);
    private static final LocalDate TUESDAY = LocalDate.of(2027, 3, 2);
    private static final LocalDate SATURDAY = LocalDate.of(2027, 3, 6);
    private static final LocalDate SUNDAY = LocalDate.of(2027, 3, 7);
    /** A weekday of the Easter holidays. */
    private static final LocalDate EASTER_TUESDAY = LocalDate.of(2027, 3, 30);

    private static WorkPeriod at(LocalDate day, String from, String to) {
        return new WorkPeriod(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    private static RuleCheck check(LocalDate born, Optional<LightWork> job, WorkPeriod... periods) {
        return EmploymentRules.check(new EmploymentRules.Plan(born, job, List.of(periods)), DAYS, EmploymentLimits.NATIONAL);
    }

    private static List<String> rules(LocalDate born, WorkPeriod... periods) {
        return check(born, Optional.empty(), periods).breaches().stream().map(Breach::rule).toList();
    }

    @Test
    void theCalendarNamesEachKindOfDay() {
        assertThat(DAYS.apply(TUESDAY)).isEqualTo(DayType.SCHOOL_DAY);
        assertThat(DAYS.apply(SATURDAY)).isEqualTo(DayType.SATURDAY);
        assertThat(DAYS.apply(SUNDAY)).isEqualTo(DayType.SUNDAY);
        assertThat(DAYS.apply(EASTER_TUESDAY)).isEqualTo(DayType.HOLIDAY_WEEKDAY);
        // Easter Monday 2027 is a bank holiday: a holiday weekday
        assertThat(DAYS.apply(LocalDate.of(2027, 3, 29))).isEqualTo(DayType.HOLIDAY_WEEKDAY);
        assertThatThrownBy(() -> DAYS.apply(LocalDate.of(2029, 1, 9))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fourteenForAnyJobThirteenForListedLightWork() {
        LocalDate thirteen = LocalDate.of(2014, 1, 1);
        RuleCheck anyJob = check(thirteen, Optional.empty(), at(SATURDAY, "09:00", "12:00"));
        assertThat(anyJob.breaches()).extracting(Breach::rule).containsExactly("minimum-age");
        assertThat(anyJob.breaches().get(0).words()).isEqualTo("On Saturday 6 March 2027 the child would be 13: a child may not be"
                + " employed under 14.");
        assertThat(check(thirteen, Optional.of(LightWork.DELIVERING_PAPERS), at(SATURDAY, "09:00", "12:00")).allowed()).isTrue();
        // a council whose byelaws do not list shop work for 13-year-olds
        EmploymentLimits noShops = new EmploymentLimits(14, 13, java.util.Set.of(LightWork.DELIVERING_PAPERS), LocalTime.of(7, 0),
                LocalTime.of(19, 0), LocalTime.of(8, 45), LocalTime.of(15, 15), EmploymentLimits.NATIONAL.schoolDay(),
                EmploymentLimits.NATIONAL.beforeSchool(), EmploymentLimits.NATIONAL.saturdayYounger(),
                EmploymentLimits.NATIONAL.saturdayOlder(), EmploymentLimits.NATIONAL.sunday(), EmploymentLimits.NATIONAL.termWeek(),
                EmploymentLimits.NATIONAL.holidayWeekYounger(), EmploymentLimits.NATIONAL.holidayWeekOlder(), 15,
                EmploymentLimits.NATIONAL.workBeforeBreak(), EmploymentLimits.NATIONAL.breakLength(), 2);
        RuleCheck shop = EmploymentRules.check(new EmploymentRules.Plan(thirteen, Optional.of(LightWork.SHOP_WORK),
                List.of(at(SATURDAY, "09:00", "12:00"))), DAYS, noShops);
        assertThat(shop.breaches().get(0).words()).contains("do not list shop work");
    }

    @Test
    void neverBefore7After7OrInSchoolHours() {
        assertThat(rules(FOURTEEN, at(SATURDAY, "06:30", "09:00"))).containsExactly("earliest-start");
        assertThat(rules(FOURTEEN, at(SATURDAY, "17:00", "19:30"))).containsExactly("latest-finish");
        assertThat(rules(FOURTEEN, at(TUESDAY, "15:00", "16:00"))).containsExactly("school-hours");
        assertThat(rules(FOURTEEN, at(TUESDAY, "07:30", "08:30"), at(TUESDAY, "16:00", "17:00"))).isEmpty();
        // the same hours in the holidays are no school hours
        assertThat(rules(FOURTEEN, at(EASTER_TUESDAY, "10:00", "14:00"))).isEmpty();
    }

    @Test
    void aSchoolDayIsTwoHoursAtMostOneBeforeSchool() {
        assertThat(rules(FOURTEEN, at(TUESDAY, "16:00", "18:00"))).isEmpty();
        assertThat(rules(FOURTEEN, at(TUESDAY, "16:00", "18:15"))).containsExactly("day-hours");
        assertThat(rules(FOURTEEN, at(TUESDAY, "07:00", "08:30"))).containsExactly("before-school");
    }

    @Test
    void saturdaysAndHolidayWeekdaysFiveHoursUnder15EightFrom15SundaysTwo() {
        assertThat(rules(FOURTEEN, at(SATURDAY, "08:00", "11:00"), at(SATURDAY, "12:00", "14:00"))).isEmpty();
        assertThat(rules(FOURTEEN, at(SATURDAY, "08:00", "11:00"), at(SATURDAY, "12:00", "14:30"))).containsExactly("day-hours");
        LocalDate fifteen = LocalDate.of(2012, 1, 1);
        assertThat(rules(fifteen, at(EASTER_TUESDAY, "08:00", "12:00"), at(EASTER_TUESDAY, "13:00", "17:00"))).isEmpty();
        assertThat(rules(fifteen, at(EASTER_TUESDAY, "08:00", "12:00"), at(EASTER_TUESDAY, "13:00", "17:00"),
                at(EASTER_TUESDAY, "18:00", "18:30"))).containsExactly("day-hours");
        assertThat(rules(FOURTEEN, at(SUNDAY, "09:00", "11:00"))).isEmpty();
        assertThat(rules(FOURTEEN, at(SUNDAY, "09:00", "11:30"))).containsExactly("day-hours");
    }

    @Test
    void anHoursBreakAfterFourHours() {
        LocalDate fifteen = LocalDate.of(2012, 1, 1);
        assertThat(rules(fifteen, at(SATURDAY, "09:00", "13:30"))).containsExactly("break");
        // half an hour off is not the break: the stretch runs on
        assertThat(rules(fifteen, at(SATURDAY, "09:00", "12:00"), at(SATURDAY, "12:30", "14:00"))).containsExactly("break");
        assertThat(rules(fifteen, at(SATURDAY, "09:00", "13:00"), at(SATURDAY, "14:00", "17:00"))).isEmpty();
    }

    @Test
    void aTermWeekTwelveHoursAHolidayWeek25Under15And35From15() {
        List<WorkPeriod> term = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            term.add(at(TUESDAY.minusDays(1).plusDays(i), "16:00", "18:00")); // 10 hours, Monday to Friday
        }
        term.add(at(SATURDAY, "09:00", "11:00"));
        assertThat(rules(FOURTEEN, term.toArray(WorkPeriod[]::new))).isEmpty();
        term.add(at(SUNDAY, "09:00", "09:30"));
        RuleCheck over = check(FOURTEEN, Optional.empty(), term.toArray(WorkPeriod[]::new));
        assertThat(over.breaches()).extracting(Breach::rule).containsExactly("term-week-hours");
        assertThat(over.breaches().get(0).words()).contains("12 hours 30 minutes").contains("the most is 12 hours");

        List<WorkPeriod> holiday = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            holiday.add(at(LocalDate.of(2027, 3, 29).plusDays(i), "09:00", "12:00")); // Easter week: 25 hours
            holiday.add(at(LocalDate.of(2027, 3, 29).plusDays(i), "13:00", "15:00"));
        }
        assertThat(rules(FOURTEEN, holiday.toArray(WorkPeriod[]::new))).isEmpty();
        holiday.add(at(LocalDate.of(2027, 4, 3), "09:00", "10:00"));
        assertThat(rules(FOURTEEN, holiday.toArray(WorkPeriod[]::new))).containsExactly("holiday-week-hours");
        assertThat(rules(LocalDate.of(2012, 1, 1), holiday.toArray(WorkPeriod[]::new))).isEmpty();
    }

    @Test
    void twoWorkFreeHolidayWeeksInAYear() {
        // every Saturday for a year, and every weekday of every holiday: no two free holiday weeks
        List<WorkPeriod> year = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2027, 1, 16); day.isBefore(LocalDate.of(2028, 1, 22)); day = day.plusDays(1)) {
            DayType type = DAYS.apply(day);
            if (type == DayType.SATURDAY || type == DayType.HOLIDAY_WEEKDAY) {
                year.add(at(day, "09:00", "10:00"));
            }
        }
        assertThat(rules(FOURTEEN, year.toArray(WorkPeriod[]::new))).containsExactly("free-holiday-weeks");
        // free in two weeks of the summer holidays
        year.removeIf(p -> !p.day().isBefore(LocalDate.of(2027, 8, 2)) && p.day().isBefore(LocalDate.of(2027, 8, 16)));
        assertThat(rules(FOURTEEN, year.toArray(WorkPeriod[]::new))).isEmpty();
        // two years: free in the first year's summer only, so the second year breaks the rule on its own
        List<WorkPeriod> twoYears = new ArrayList<>(year);
        for (LocalDate day = LocalDate.of(2028, 1, 22); day.isBefore(LocalDate.of(2029, 2, 10)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == java.time.DayOfWeek.SATURDAY) {
                twoYears.add(at(day, "09:00", "10:00"));
            }
        }
        RuleCheck second = EmploymentRules.check(new EmploymentRules.Plan(FOURTEEN, Optional.empty(), twoYears),
                day -> day.getYear() >= 2028 && day.isAfter(LocalDate.of(2028, 3, 31)) ? DayType.SCHOOL_DAY : DAYS.apply(day),
                EmploymentLimits.NATIONAL);
        assertThat(second.breaches()).extracting(Breach::rule).contains("free-holiday-weeks");
        assertThat(second.breaches().stream().filter(b -> b.rule().equals("free-holiday-weeks")).findFirst().orElseThrow().day())
                .isAfter(LocalDate.of(2028, 1, 1));
        // a plan shorter than a year is reminded, not refused
        assertThat(check(FOURTEEN, Optional.empty(), at(SATURDAY, "09:00", "10:00")).notes())
                .anyMatch(n -> n.contains("2 weeks in a row without work in the school holidays"));
    }

    @Test
    void afterSchoolAgeNoPermitIsNeeded() {
        // 16 in August 2027: school age ends on Friday 25 June 2027
        RuleCheck check = check(LocalDate.of(2011, 8, 20), Optional.empty(), at(LocalDate.of(2027, 7, 3), "08:00", "18:00"));
        assertThat(check.allowed()).isTrue();
        assertThat(check.notes()).anyMatch(n -> n.contains("No permit is needed from Saturday 26 June 2027"));
    }
}
