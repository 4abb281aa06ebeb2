package org.nottspartners.portal.licensing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The 2014 Regulations' hours as RULES.md §5 gives them: 0-4 between 07:00 and 22:00, at most 5 hours; 5-8 between
 * 07:00 and 23:00, at most 8; 9 to school-leaving age between 07:00 and 23:00, at most 9.5; 12 hours' overnight break (16
 * after night work); at most 6 consecutive days; a chaperone has at most 12 children (3 if also the tutor); the four-day
 * rule and body of persons approval.
 */
class PerformanceRulesTest {

    private static final LocalDate SATURDAY = LocalDate.of(2027, 3, 6);

    private static WorkPeriod at(LocalDate day, String from, String to) {
        return new WorkPeriod(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    private static RuleCheck check(LocalDate born, WorkPeriod... days) {
        return PerformanceRules.check(new PerformanceRules.Plan(born, List.of(days), Optional.empty(), false),
                PerformanceRules.Exemptions.NONE, PerformanceLimits.NATIONAL);
    }

    private static List<String> rules(RuleCheck check) {
        return check.breaches().stream().map(Breach::rule).toList();
    }

    @Test
    void aThreeYearOldAt23IsRefusedInWords() {
        RuleCheck check = check(LocalDate.of(2023, 6, 1), at(SATURDAY, "18:00", "23:00"));
        assertThat(check.allowed()).isFalse();
        assertThat(rules(check)).containsExactly("latest-leaving");
        assertThat(check.breaches().get(0).words()).isEqualTo("On Saturday 6 March 2027 the child (aged 3) would leave at 23:00:"
                + " a child aged 0 to 4 may not be at the venue after 22:00.");
    }

    @Test
    void theYoungestMayStayFiveHoursTheMiddleEightTheOldestNineAndAHalf() {
        assertThat(check(LocalDate.of(2023, 6, 1), at(SATURDAY, "10:00", "15:00")).allowed()).isTrue();
        assertThat(rules(check(LocalDate.of(2023, 6, 1), at(SATURDAY, "10:00", "15:01")))).containsExactly("longest-day");
        assertThat(check(LocalDate.of(2020, 6, 1), at(SATURDAY, "10:00", "18:00")).allowed()).isTrue();
        assertThat(rules(check(LocalDate.of(2020, 6, 1), at(SATURDAY, "10:00", "18:30")))).containsExactly("longest-day");
        RuleCheck nine = check(LocalDate.of(2015, 6, 1), at(SATURDAY, "09:00", "18:30"));
        assertThat(nine.allowed()).isTrue();
        RuleCheck over = check(LocalDate.of(2015, 6, 1), at(SATURDAY, "09:00", "18:45"));
        assertThat(over.breaches().get(0).words()).contains("9 hours 45 minutes").contains("at most 9 hours 30 minutes a day");
    }

    @Test
    void theBandFollowsTheBirthday() {
        // 5 on 6 March 2027: may stay until 23:00 that day, not the day before
        LocalDate born = LocalDate.of(2022, 3, 6);
        assertThat(check(born, at(SATURDAY, "15:00", "22:30")).allowed()).isTrue();
        assertThat(rules(check(born, at(SATURDAY.minusDays(1), "19:00", "22:30")))).containsExactly("latest-leaving");
        assertThat(rules(check(born, at(SATURDAY, "06:30", "10:00")))).containsExactly("earliest-arrival");
    }

    @Test
    void twoCallsInADayCountTogether() {
        RuleCheck check = check(LocalDate.of(2023, 6, 1), at(SATURDAY, "09:00", "12:00"), at(SATURDAY, "14:00", "16:30"));
        assertThat(rules(check)).containsExactly("longest-day");
        assertThat(check.breaches().get(0).words()).contains("5 hours 30 minutes");
    }

    @Test
    void twelveHoursOvernightSixteenAfterNightWork() {
        LocalDate born = LocalDate.of(2012, 1, 1);
        assertThat(check(born, at(SATURDAY, "13:00", "21:00"), at(SATURDAY.plusDays(1), "09:00", "12:00")).allowed()).isTrue();
        RuleCheck short1 = check(born, at(SATURDAY, "13:00", "21:30"), at(SATURDAY.plusDays(1), "09:00", "12:00"));
        assertThat(rules(short1)).containsExactly("overnight-break");
        assertThat(short1.breaches().get(0).words()).contains("11 hours 30 minutes later").contains("at least 12 hours");
        // leaving after 23:00 is night work (and itself after the latest time): the next arrival is 16 hours on
        RuleCheck night = check(born, at(SATURDAY, "14:00", "23:30"), at(SATURDAY.plusDays(1), "14:00", "18:00"));
        assertThat(rules(night)).containsExactly("latest-leaving", "overnight-break");
        assertThat(night.breaches().get(1).words()).contains("at least 16 hours after leaving later than 23:00");
        assertThat(rules(check(born, at(SATURDAY, "14:00", "23:30"), at(SATURDAY.plusDays(1), "15:30", "18:00"))))
                .containsExactly("latest-leaving");
    }

    @Test
    void aStayPastMidnightIsOneStayOfNightWork() {
        // 20:00 to 23:59, then 00:00 to 00:30: one stay past midnight; back at 14:00 is 13 h 30 later, short of 16
        LocalDate born = LocalDate.of(2012, 1, 1);
        RuleCheck check = check(born, at(SATURDAY, "20:00", "23:59"), at(SATURDAY.plusDays(1), "00:00", "00:30"),
                at(SATURDAY.plusDays(1), "14:00", "17:00"));
        assertThat(rules(check)).contains("overnight-break");
        assertThat(check.breaches().stream().filter(b -> b.rule().equals("overnight-break")).findFirst().orElseThrow().words())
                .contains("13 hours 30 minutes later", "at least 16 hours");
    }

    @Test
    void atMostSixDaysInARow() {
        List<WorkPeriod> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(at(SATURDAY.plusDays(i), "10:00", "14:00"));
        }
        RuleCheck seven = check(LocalDate.of(2012, 1, 1), days.toArray(WorkPeriod[]::new));
        assertThat(rules(seven)).containsExactly("consecutive-days");
        assertThat(seven.breaches().get(0).day()).isEqualTo(SATURDAY.plusDays(6));
        days.remove(3);
        assertThat(check(LocalDate.of(2012, 1, 1), days.toArray(WorkPeriod[]::new)).allowed()).isTrue();
    }

    @Test
    void aChaperoneHasTwelveChildrenOrThreeAsTheirTutor() {
        List<WorkPeriod> day = List.of(at(SATURDAY, "10:00", "14:00"));
        LocalDate born = LocalDate.of(2012, 1, 1);
        assertThat(PerformanceRules.check(new PerformanceRules.Plan(born, day, Optional.of(12), false), PerformanceRules.Exemptions.NONE,
                PerformanceLimits.NATIONAL).allowed()).isTrue();
        assertThat(rules(PerformanceRules.check(new PerformanceRules.Plan(born, day, Optional.of(13), false),
                PerformanceRules.Exemptions.NONE, PerformanceLimits.NATIONAL))).containsExactly("chaperone-ratio");
        assertThat(rules(PerformanceRules.check(new PerformanceRules.Plan(born, day, Optional.of(4), true),
                PerformanceRules.Exemptions.NONE, PerformanceLimits.NATIONAL))).containsExactly("chaperone-ratio");
    }

    @Test
    void theFourDayRuleAndABodyOfPersonsApprovalMeanNoLicence() {
        PerformanceLimits limits = PerformanceLimits.NATIONAL;
        assertThat(PerformanceRules.exemption(1, new PerformanceRules.Exemptions(false, false, 3, false, false), limits))
                .hasValueSatisfying(words -> assertThat(words).contains("four-day rule"));
        assertThat(PerformanceRules.exemption(2, new PerformanceRules.Exemptions(false, false, 3, false, false), limits)).isEmpty();
        assertThat(PerformanceRules.exemption(1, new PerformanceRules.Exemptions(false, false, 0, true, false), limits)).isEmpty();
        assertThat(PerformanceRules.exemption(1, new PerformanceRules.Exemptions(false, false, 0, false, true), limits)).isEmpty();
        assertThat(PerformanceRules.exemption(30, new PerformanceRules.Exemptions(true, false, 0, true, true), limits))
                .hasValueSatisfying(words -> assertThat(words).contains("body of persons approval"));
    }

    @Test
    void noLicenceAfterSchoolAge() {
        // born 31 August 2010: school age ended on 26 June 2026
        RuleCheck check = check(LocalDate.of(2010, 8, 31), at(LocalDate.of(2026, 7, 4), "10:00", "14:00"));
        assertThat(rules(check)).containsExactly("not-school-age");
        assertThat(check.notes()).anyMatch(n -> n.contains("Friday 26 June 2026"));
    }
}
