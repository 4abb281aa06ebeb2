package org.nottspartners.portal.earlyhelp.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.calendar.BankHolidays;
import org.nottspartners.portal.core.calendar.WorkingDayCalendar;
import org.nottspartners.portal.earlyhelp.referral.ConsentException;
import org.nottspartners.portal.earlyhelp.referral.ReferralRoute;
import org.nottspartners.portal.earlyhelp.referral.TeamKind;

@DisplayName("RULES §3 'Closure': no non-engagement closure where the law requires involvement; Children's Centres after three attempts")
class NonEngagementClosureRuleTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.builder("county", BankHolidays.englandAndWales()).build();

    /** The day after the 5 working days from a final letter on Tue 10 Nov 2026 (until the end of Tue 17 Nov). */
    private static final LocalDate AFTER_THE_ANSWER_TIME = LocalDate.of(2026, 11, 18);

    private static OffsetDateTime at(int month, int day, int hour) {
        return OffsetDateTime.of(2026, month, day, hour, 0, 0, 0, ZoneOffset.UTC);
    }

    private static NonEngagementSequence.Attempt a(EngagementStep step, OffsetDateTime when) {
        return new NonEngagementSequence.Attempt(step, when);
    }

    /** Every step of 002 §3c3, in order, the final letter on Tue 10 Nov 2026. */
    private static List<NonEngagementSequence.Attempt> fullSequence() {
        return List.of(a(EngagementStep.CALLS_AND_TEXTS, at(11, 2, 10)), a(EngagementStep.LETTER_WITH_PLANNED_VISIT, at(11, 3, 10)),
                a(EngagementStep.UNANNOUNCED_VISIT, at(11, 4, 9)), a(EngagementStep.UNANNOUNCED_VISIT, at(11, 5, 18)),
                a(EngagementStep.PROFESSIONALS_CONSULTED, at(11, 6, 11)), a(EngagementStep.FINAL_LETTER, at(11, 10, 10)));
    }

    /** 002 §6d: a call, a visit, then the follow-up letter on Tue 10 Nov 2026. */
    private static List<NonEngagementSequence.Attempt> threeAttempts() {
        return List.of(a(EngagementStep.CALLS_AND_TEXTS, at(11, 2, 10)), a(EngagementStep.UNANNOUNCED_VISIT, at(11, 4, 9)),
                a(EngagementStep.FINAL_LETTER, at(11, 10, 10)));
    }

    private static List<String> stillNeeded(ReferralRoute route, ConsentException exception, TeamKind team,
            List<NonEngagementSequence.Attempt> attempts, LocalDate today) {
        return NonEngagementClosureRule.stillNeeded(route, exception, team, attempts, today, CALENDAR, 5);
    }

    @Test
    @DisplayName("002 §3c3, §3b4: a family referred for school attendance is never closed for non-engagement, every step taken or not")
    void attendanceReferralCannotCloseForNonEngagement() {
        assertThat(stillNeeded(ReferralRoute.ATTENDANCE, ConsentException.PERSISTENT_ABSENCE, TeamKind.EARLY_HELP, fullSequence(),
                AFTER_THE_ANSWER_TIME)).containsExactly(NonEngagementClosureRule.LAW_REQUIRES_INVOLVEMENT);
        assertThat(NonEngagementClosureRule.refusal(ReferralRoute.ATTENDANCE, null, TeamKind.EARLY_HELP, fullSequence(),
                AFTER_THE_ANSWER_TIME, CALENDAR, 5)).hasValueSatisfying(r -> {
                    assertThat(r.title()).isEqualTo("The law requires us to stay involved");
                    assertThat(r.message()).contains("referred for school attendance", "cannot be closed because the family does"
                            + " not engage", "Write the Family Action Plan without their consent", "002 §3b4");
                });
        assertThat(stillNeeded(ReferralRoute.EARLY_HELP_ASSESSMENT, ConsentException.PERSISTENT_ABSENCE, TeamKind.EARLY_HELP,
                fullSequence(), AFTER_THE_ANSWER_TIME)).as("referred without consent for persistent absence (002 §1b4)")
                .containsExactly(NonEngagementClosureRule.LAW_REQUIRES_INVOLVEMENT);
        assertThat(stillNeeded(ReferralRoute.ATTENDANCE, null, TeamKind.CHILDRENS_CENTRE, threeAttempts(), AFTER_THE_ANSWER_TIME))
                .as("whichever team holds it").containsExactly(NonEngagementClosureRule.LAW_REQUIRES_INVOLVEMENT);
    }

    @Test
    @DisplayName("002 §3c3: where the law does not require involvement, the full sequence still allows closure")
    void otherReferralsCloseAfterTheSequence() {
        assertThat(NonEngagementClosureRule.lawRequiresInvolvement(ReferralRoute.SECTION_136, ConsentException.YOUTH_JUSTICE_ORDER))
                .isFalse();
        assertThat(stillNeeded(ReferralRoute.EARLY_HELP_ASSESSMENT, null, TeamKind.EARLY_HELP, fullSequence(), AFTER_THE_ANSWER_TIME))
                .isEmpty();
        assertThat(NonEngagementClosureRule.refusal(ReferralRoute.EARLY_HELP_ASSESSMENT, null, TeamKind.EARLY_HELP, fullSequence(),
                AFTER_THE_ANSWER_TIME, CALENDAR, 5)).isEmpty();
    }

    @Test
    @DisplayName("002 §6d: a Children's Centre case closes after three attempted contacts, the third the follow-up letter, once its answer time is over")
    void childrensCentreClosesAfterThreeAttempts() {
        assertThat(stillNeeded(ReferralRoute.EARLY_HELP_ASSESSMENT, null, TeamKind.CHILDRENS_CENTRE, threeAttempts(),
                AFTER_THE_ANSWER_TIME)).isEmpty();
        assertThat(stillNeeded(ReferralRoute.EARLY_HELP_ASSESSMENT, null, TeamKind.CHILDRENS_CENTRE, threeAttempts(),
                LocalDate.of(2026, 11, 17))).containsExactly("The family has until the end of 2026-11-17 to answer the final letter");
        assertThat(NonEngagementClosureRule.refusal(ReferralRoute.SELF_REFERRAL, null, TeamKind.EARLY_HELP, threeAttempts(),
                AFTER_THE_ANSWER_TIME, CALENDAR, 5)).as("three attempts are not enough for case management (002 §3c3)")
                .hasValueSatisfying(r -> assertThat(r.message()).contains("(002 §3c3)", "Letter with the details of a planned home visit"));
        assertThat(stillNeeded(ReferralRoute.EARLY_HELP_ASSESSMENT, null, null, threeAttempts(), AFTER_THE_ANSWER_TIME))
                .as("team not known: the 002 §3c3 steps").isNotEmpty();
    }

    @Test
    @DisplayName("002 §6d: two attempts before the follow-up letter; a talk with another professional is not a contact with the family")
    void childrensCentreCountsContactsWithTheFamily() {
        List<NonEngagementSequence.Attempt> letterSecond = List.of(a(EngagementStep.CALLS_AND_TEXTS, at(11, 2, 10)),
                a(EngagementStep.PROFESSIONALS_CONSULTED, at(11, 3, 10)), a(EngagementStep.FINAL_LETTER, at(11, 10, 10)));
        assertThat(stillNeeded(ReferralRoute.EARLY_HELP_ASSESSMENT, null, TeamKind.CHILDRENS_CENTRE, letterSecond, AFTER_THE_ANSWER_TIME))
                .containsExactly("2 attempts to contact the family (calls or texts, letters, visits) before the follow-up letter:"
                        + " 1 made before it was sent");
        List<NonEngagementSequence.Attempt> noLetter = List.of(a(EngagementStep.CALLS_AND_TEXTS, at(11, 2, 10)),
                a(EngagementStep.UNANNOUNCED_VISIT, at(11, 4, 9)), a(EngagementStep.CALLS_AND_TEXTS, at(11, 6, 9)));
        assertThat(stillNeeded(ReferralRoute.EARLY_HELP_ASSESSMENT, null, TeamKind.CHILDRENS_CENTRE, noLetter, AFTER_THE_ANSWER_TIME))
                .containsExactly("The third attempt: a follow-up letter with information about the support available");
        assertThat(NonEngagementClosureRule.refusal(ReferralRoute.EARLY_HELP_ASSESSMENT, null, TeamKind.CHILDRENS_CENTRE, List.of(),
                AFTER_THE_ANSWER_TIME, CALENDAR, 5)).hasValueSatisfying(r -> assertThat(r.message())
                        .startsWith("Not every step to engage the family has been taken (002 §6d): 2 attempts to contact the family")
                        .contains("0 made so far", "a follow-up letter"));
    }
}
