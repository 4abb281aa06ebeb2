package org.nottspartners.portal.earlyhelp.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.calendar.BankHolidays;
import org.nottspartners.portal.core.calendar.WorkingDayCalendar;

@DisplayName("RULES §3: waiting list priority and the non-engagement sequence")
class CaseRulesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.builder("county", BankHolidays.englandAndWales()).build();

    private static OffsetDateTime at(int month, int day, int hour) {
        // winter dates: England is on UTC
        return OffsetDateTime.of(2026, month, day, hour, 0, 0, 0, ZoneOffset.UTC);
    }

    @Test
    @DisplayName("002 §3a3: high risk with low existing support is allocated first; then by risk, support and time waiting")
    void waitingListOrder() {
        var redLow = new WaitingListOrder.Entry(RiskRating.RED, ExistingSupport.LOW, at(11, 20, 9));
        var redHigh = new WaitingListOrder.Entry(RiskRating.RED, ExistingSupport.HIGH, at(11, 1, 9));
        var amberLowEarly = new WaitingListOrder.Entry(RiskRating.AMBER, ExistingSupport.LOW, at(10, 1, 9));
        var amberLowLate = new WaitingListOrder.Entry(RiskRating.AMBER, ExistingSupport.LOW, at(11, 2, 9));
        var greenLow = new WaitingListOrder.Entry(RiskRating.GREEN, ExistingSupport.LOW, at(1, 5, 9));
        List<WaitingListOrder.Entry> list = new ArrayList<>(List.of(greenLow, amberLowLate, redHigh, amberLowEarly, redLow));
        list.sort(WaitingListOrder.ORDER);
        assertThat(list).containsExactly(redLow, redHigh, amberLowEarly, amberLowLate, greenLow);
        assertThat(WaitingListOrder.priority(RiskRating.RED, ExistingSupport.LOW)).isEqualTo(1);
        assertThat(WaitingListOrder.priority(RiskRating.GREEN, ExistingSupport.HIGH)).isEqualTo(9);
    }

    private static NonEngagementSequence.Attempt a(EngagementStep step, OffsetDateTime when) {
        return new NonEngagementSequence.Attempt(step, when);
    }

    private static List<NonEngagementSequence.Attempt> fullSequence() {
        return List.of(a(EngagementStep.CALLS_AND_TEXTS, at(11, 2, 10)),
                a(EngagementStep.LETTER_WITH_PLANNED_VISIT, at(11, 3, 10)),
                a(EngagementStep.UNANNOUNCED_VISIT, at(11, 5, 10)),
                a(EngagementStep.UNANNOUNCED_VISIT, at(11, 6, 18)),
                a(EngagementStep.PROFESSIONALS_CONSULTED, at(11, 9, 11)),
                a(EngagementStep.FINAL_LETTER, at(11, 10, 9)));
    }

    @Test
    @DisplayName("002 §3c3: all five steps in order, then 5 working days from the final letter (Tue 10 Nov 2026: until the end of Tue 17 Nov)")
    void fullSequenceThenFiveWorkingDays() {
        assertThat(NonEngagementSequence.missing(fullSequence(), LocalDate.of(2026, 11, 17), CALENDAR, 5))
                .containsExactly("The family has until the end of 2026-11-17 to answer the final letter");
        assertThat(NonEngagementSequence.missing(fullSequence(), LocalDate.of(2026, 11, 18), CALENDAR, 5)).isEmpty();
    }

    @Test
    @DisplayName("002 §3c3: unannounced visits must be at least two, at different times of day")
    void twoVisitsAtDifferentTimes() {
        List<NonEngagementSequence.Attempt> sameTime = new ArrayList<>(fullSequence());
        sameTime.set(3, a(EngagementStep.UNANNOUNCED_VISIT, at(11, 6, 11)));
        assertThat(NonEngagementSequence.missing(sameTime, LocalDate.of(2026, 11, 30), CALENDAR, 5))
                .containsExactly("A second unannounced visit at a different time of day");
    }

    /**
     * RULES.md §3 "Closure" (002 §3c3) lists the steps in order, and the visits are one step: other
     * professionals are contacted after both unannounced visits, not between them.
     */
    @Test
    @DisplayName("002 §3c3: other professionals consulted between the two unannounced visits is out of order")
    void professionalsAfterBothVisits() {
        List<NonEngagementSequence.Attempt> between = new ArrayList<>(fullSequence());
        between.set(4, a(EngagementStep.PROFESSIONALS_CONSULTED, at(11, 6, 9)));
        assertThat(NonEngagementSequence.missing(between, LocalDate.of(2026, 11, 30), CALENDAR, 5))
                .containsExactly("Conversation with the other professionals involved (after the step before it)");
    }

    /**
     * The family's 5 working days (002 §3c3) run from the final letter: a call made after the letter
     * neither restarts nor shortens them.
     */
    @Test
    @DisplayName("002 §3c3: the 5 working days run from the final letter (Tue 10 Nov 2026), whatever is done after it")
    void responseTimeRunsFromTheFinalLetter() {
        List<NonEngagementSequence.Attempt> withLaterCall = new ArrayList<>(fullSequence());
        withLaterCall.add(a(EngagementStep.CALLS_AND_TEXTS, at(11, 16, 10)));
        assertThat(NonEngagementSequence.missing(withLaterCall, LocalDate.of(2026, 11, 18), CALENDAR, 5)).isEmpty();
    }

    /**
     * RULES.md §3 "Closure" asks for unannounced visits "at different times"; the sequence counts morning
     * (before noon), afternoon (noon to 5pm) and evening as different times of day.
     */
    @Test
    @DisplayName("002 §3c3: a morning and an afternoon visit are at different times; one visit, or two in the same afternoon, are not enough")
    void timesOfDay() {
        List<NonEngagementSequence.Attempt> morningAndAfternoon = new ArrayList<>(fullSequence());
        morningAndAfternoon.set(3, a(EngagementStep.UNANNOUNCED_VISIT, at(11, 6, 14)));
        assertThat(NonEngagementSequence.missing(morningAndAfternoon, LocalDate.of(2026, 11, 30), CALENDAR, 5)).isEmpty();

        List<NonEngagementSequence.Attempt> afternoonAndEvening = new ArrayList<>(fullSequence());
        afternoonAndEvening.set(2, a(EngagementStep.UNANNOUNCED_VISIT, at(11, 5, 13)));
        assertThat(NonEngagementSequence.missing(afternoonAndEvening, LocalDate.of(2026, 11, 30), CALENDAR, 5)).isEmpty();

        List<NonEngagementSequence.Attempt> oneVisit = new ArrayList<>(fullSequence());
        oneVisit.remove(3);
        assertThat(NonEngagementSequence.missing(oneVisit, LocalDate.of(2026, 11, 30), CALENDAR, 5))
                .containsExactly("A second unannounced visit at a different time of day");

        List<NonEngagementSequence.Attempt> twoAfternoons = new ArrayList<>(afternoonAndEvening);
        twoAfternoons.set(3, a(EngagementStep.UNANNOUNCED_VISIT, at(11, 6, 16)));
        assertThat(NonEngagementSequence.missing(twoAfternoons, LocalDate.of(2026, 11, 30), CALENDAR, 5))
                .containsExactly("A second unannounced visit at a different time of day");
    }

    @Test
    @DisplayName("002 §3c3 (RULES §3 'in order'): a final letter sent before the other steps does not count; nothing done means every step is missing")
    void order() {
        List<NonEngagementSequence.Attempt> early = List.of(a(EngagementStep.FINAL_LETTER, at(11, 1, 9)),
                a(EngagementStep.CALLS_AND_TEXTS, at(11, 2, 10)));
        assertThat(NonEngagementSequence.missing(early, LocalDate.of(2026, 11, 30), CALENDAR, 5))
                .contains("Final letter asking the family to make contact within 5 working days (after the step before it)")
                .contains("Letter with the details of a planned home visit (after the step before it)");
        assertThat(NonEngagementSequence.missing(List.of(), LocalDate.of(2026, 11, 30), CALENDAR, 5)).hasSize(5)
                .first().as("the first step has no step before it").isEqualTo(EngagementStep.CALLS_AND_TEXTS.label());
    }
}
