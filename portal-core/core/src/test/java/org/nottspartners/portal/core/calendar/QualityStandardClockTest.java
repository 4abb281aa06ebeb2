package org.nottspartners.portal.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nottspartners.portal.core.calendar.TestCalendars.date;
import static org.nottspartners.portal.core.calendar.TestCalendars.london;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RULES §3 and §8: quality-standard clocks")
class QualityStandardClockTest {

    private static final Duration ONE_DAY = Duration.ofDays(1);

    private final WorkingDayCalendar county = TestCalendars.countyWithSchoolYear();
    private final QualityStandardSettings settings = CountySeed.settings();

    @Test
    @DisplayName("RULES §3: team screens within 5 working days (002 §3a2, §3a9): Fri 23 Aug 2024 -> end of Mon 2 Sep 2024")
    void screeningFiveWorkingDaysOverBankHoliday() {
        StandardClock clock = settings.startClock("screening", london(2024, 8, 23, 9, 30), county);

        assertThat(clock.standard().dueRule()).isEqualTo(new DueRule.WorkingDays(5));
        assertThat(clock.due()).isEqualTo(new Due.ByEndOfDay(date(2024, 9, 2), WorkingDayCalendar.ENGLAND));
        assertThat(clock.due().inWords()).isEqualTo("by the end of Mon 2 Sep 2024");
        assertThat(clock.standard().responsibleRole()).isEqualTo("Team Manager or equivalent");

        assertThat(clock.status(london(2024, 8, 28, 12, 0), ONE_DAY)).isEqualTo(ClockStatus.IN_TIME);
        assertThat(clock.status(london(2024, 9, 2, 16, 0), ONE_DAY)).isEqualTo(ClockStatus.DUE_SOON);
        assertThat(clock.status(london(2024, 9, 2, 23, 59), Duration.ZERO)).isEqualTo(ClockStatus.IN_TIME);
        assertThat(clock.status(london(2024, 9, 3, 0, 0), ONE_DAY)).isEqualTo(ClockStatus.OVERDUE);
        assertThat(clock.stop(london(2024, 9, 2, 16, 59)).status(london(2024, 9, 10, 9, 0), ONE_DAY))
                .isEqualTo(ClockStatus.MET);
        assertThat(clock.stop(london(2024, 9, 3, 9, 0)).status(london(2024, 9, 10, 9, 0), ONE_DAY))
                .isEqualTo(ClockStatus.MET_LATE);
    }

    @Test
    @DisplayName("RULES §3: urgent referrals screened within 24 hours (002 §3a2), in clock hours across a weekend")
    void urgentScreeningAcrossWeekend() {
        StandardClock clock = settings.startClock("screening-urgent", london(2024, 8, 23, 15, 0), county);

        assertThat(clock.due()).isEqualTo(new Due.ByTime(london(2024, 8, 24, 15, 0), WorkingDayCalendar.ENGLAND));
        assertThat(clock.due().inWords()).isEqualTo("by 15:00 Sat 24 Aug 2024");
        Duration twoHours = Duration.ofHours(2);
        assertThat(clock.status(london(2024, 8, 24, 12, 0), twoHours)).isEqualTo(ClockStatus.IN_TIME);
        assertThat(clock.status(london(2024, 8, 24, 14, 0), twoHours)).isEqualTo(ClockStatus.DUE_SOON);
        assertThat(clock.status(london(2024, 8, 24, 15, 0), twoHours)).as("exactly at the due time").isEqualTo(ClockStatus.DUE_SOON);
        assertThat(clock.status(london(2024, 8, 24, 15, 1), twoHours)).isEqualTo(ClockStatus.OVERDUE);
        assertThat(clock.stop(london(2024, 8, 26, 9, 0)).status(london(2024, 8, 26, 9, 0), twoHours))
                .as("screened on the bank holiday Monday morning").isEqualTo(ClockStatus.MET_LATE);
    }

    @Test
    @DisplayName("RULES §3: missing-from-home return interview within 72 hours of return (002 §3b1)")
    void returnInterview() {
        StandardClock clock = settings.startClock("return-interview", london(2024, 12, 24, 20, 0), county);
        assertThat(clock.due()).isEqualTo(new Due.ByTime(london(2024, 12, 27, 20, 0), WorkingDayCalendar.ENGLAND));
    }

    @Test
    @DisplayName("RULES §3: first TAF within 35 working days of allocation (002 §3d5): Mon 2 Dec 2024 -> Thu 23 Jan 2025 over Christmas")
    void firstTaf() {
        StandardClock clock = settings.startClock("first-taf", london(2024, 12, 2, 11, 0), county);
        assertThat(clock.standard().dueRule()).isEqualTo(new DueRule.WorkingDays(35));
        assertThat(clock.due()).isEqualTo(new Due.ByEndOfDay(date(2025, 1, 23), WorkingDayCalendar.ENGLAND));
    }

    @Test
    @DisplayName("RULES §2, §3: a council that closes 27-31 Dec gets a later first-TAF date than one that does not")
    void firstTafWithChristmasClosure() {
        WorkingDayCalendar closingCounty = WorkingDayCalendar.builder("county", BankHolidays.englandAndWales())
                .councilClosureDays(List.of(date(2024, 12, 27), date(2024, 12, 30), date(2024, 12, 31)))
                .build();
        StandardClock clock = settings.startClock("first-taf", london(2024, 12, 2, 11, 0), closingCounty);
        assertThat(clock.due()).isEqualTo(new Due.ByEndOfDay(date(2025, 1, 28), WorkingDayCalendar.ENGLAND));
    }

    @Test
    @DisplayName("RULES §3: full assessment within 30 working days of allocation (002 §3b2, §3b6): Tue 12 Mar 2024 -> Thu 25 Apr 2024 over Easter")
    void fullAssessment() {
        StandardClock clock = settings.startClock("full-assessment", london(2024, 3, 12, 10, 0), county);
        assertThat(clock.standard().dueRule()).isEqualTo(new DueRule.WorkingDays(30));
        assertThat(clock.due()).isEqualTo(new Due.ByEndOfDay(date(2024, 4, 25), WorkingDayCalendar.ENGLAND));
    }

    @Test
    @DisplayName("RULES §0: a council changes screening to 3 working days from 1 Apr 2025; a case started before keeps 5")
    void councilChangesANumber() {
        QualityStandard screening = settings.standardInForceOn("screening", date(2025, 3, 1));
        QualityStandardSettings changed = settings.withVersion(
                new StandardVersion(date(2025, 4, 1), screening.withDueRule(new DueRule.WorkingDays(3))));

        assertThat(changed.ruleInForceOn("screening", date(2025, 3, 31))).isEqualTo(new DueRule.WorkingDays(5));
        assertThat(changed.ruleInForceOn("screening", date(2025, 4, 1))).isEqualTo(new DueRule.WorkingDays(3));

        StandardClock olderCase = changed.startClock("screening", london(2025, 3, 31, 10, 0), county);
        StandardClock newerCase = changed.startClock("screening", london(2025, 4, 1, 10, 0), county);
        assertThat(olderCase.due()).isEqualTo(new Due.ByEndOfDay(date(2025, 4, 7), WorkingDayCalendar.ENGLAND));
        assertThat(newerCase.due()).isEqualTo(new Due.ByEndOfDay(date(2025, 4, 4), WorkingDayCalendar.ENGLAND));

        // The older case is still judged by 5 days after the change took effect.
        assertThat(olderCase.status(london(2025, 4, 5, 10, 0), ONE_DAY)).isEqualTo(ClockStatus.IN_TIME);
        // The settings we started from are unchanged.
        assertThat(settings.ruleInForceOn("screening", date(2025, 4, 1))).isEqualTo(new DueRule.WorkingDays(5));
    }

    @Test
    @DisplayName("RULES §0: the rule in force is chosen by the day in England, not UTC (23:30 UTC on 31 Mar 2025 is 1 Apr in London)")
    void dayInForceIsLocal() {
        QualityStandard screening = settings.standardInForceOn("screening", date(2025, 3, 1));
        QualityStandardSettings changed = settings.withVersion(
                new StandardVersion(date(2025, 4, 1), screening.withDueRule(new DueRule.WorkingDays(3))));
        StandardClock clock = changed.startClock("screening", Instant.parse("2025-03-31T23:30:00Z"), county);
        assertThat(clock.standard().dueRule()).isEqualTo(new DueRule.WorkingDays(3));
    }

    @Test
    @DisplayName("RULES §3: referral passed to a team within 2 weeks (002 §2a15) counts calendar weeks, bank holidays included")
    void calendarWeeks() {
        StandardClock clock = settings.startClock("ehu-processing", london(2024, 12, 18, 14, 0), county);
        assertThat(clock.due()).isEqualTo(new Due.ByEndOfDay(date(2025, 1, 1), WorkingDayCalendar.ENGLAND));
    }

    @Test
    @DisplayName("RULES §4: a timescale in school weeks skips the half-term week")
    void schoolWeeks() {
        StandardClock clock = StandardClock.start(new QualityStandard("test-school-weeks", "Two school weeks", "Start", new DueRule.SchoolWeeks(2),
                "Stop", "EH Case Manager - Enforcement", "test"), london(2024, 10, 16, 9, 0), county);
        assertThat(clock.due()).isEqualTo(new Due.ByEndOfDay(date(2024, 11, 6), WorkingDayCalendar.ENGLAND));
    }

    @Test
    @DisplayName("RULES §8: status as at an earlier moment ignores a stop that had not happened yet")
    void statusAsAtEarlierDay() {
        StandardClock running = settings.startClock("screening", london(2024, 8, 23, 9, 30), county);
        assertThat(running.isRunning()).isTrue();
        StandardClock clock = running.stop(london(2024, 9, 4, 10, 0));
        assertThat(clock.status(london(2024, 9, 3, 10, 0), ONE_DAY)).isEqualTo(ClockStatus.OVERDUE);
        assertThat(clock.status(london(2024, 9, 4, 10, 0), ONE_DAY)).isEqualTo(ClockStatus.MET_LATE);
        assertThat(clock.isRunning()).isFalse();
    }

    @Test
    @DisplayName("Clocks refuse to stop before they start, to stop twice, or to run against another council's calendar")
    void clockRefusals() {
        StandardClock clock = settings.startClock("screening", london(2024, 8, 23, 9, 30), county);
        assertThatThrownBy(() -> clock.stop(london(2024, 8, 22, 9, 0))).hasMessageContaining("cannot stop");
        assertThatThrownBy(() -> clock.stop(london(2024, 8, 27, 9, 0)).stop(london(2024, 8, 28, 9, 0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already stopped");
        assertThatThrownBy(() -> clock.status(london(2024, 8, 27, 9, 0), Duration.ofHours(-1)))
                .hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> settings.startClock("screening", london(2024, 8, 23, 9, 30), TestCalendars.plain("city")))
                .hasMessageContaining("county quality standards cannot be timed against the city calendar");
    }

    @Test
    @DisplayName("Settings name unknown standards, days before the first version, and duplicate versions in plain words")
    void settingsRefusals() {
        assertThatThrownBy(() -> settings.ruleInForceOn("no-such-standard", date(2024, 1, 1)))
                .hasMessageContaining("county has no quality standard 'no-such-standard'");
        assertThatThrownBy(() -> settings.ruleInForceOn("screening", date(2017, 6, 1)))
                .hasMessageContaining("was not in force on 2017-06-01; its first version takes effect on 2018-01-01");
        QualityStandard screening = settings.standardInForceOn("screening", date(2024, 1, 1));
        assertThatThrownBy(() -> settings.withVersion(new StandardVersion(date(2018, 1, 1), screening)))
                .hasMessageContaining("two versions taking effect on 2018-01-01");
    }
}
