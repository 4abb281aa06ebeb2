package org.nottspartners.portal.earlyhelp.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.calendar.BankHolidays;
import org.nottspartners.portal.core.calendar.Due;
import org.nottspartners.portal.core.calendar.QualityStandard;
import org.nottspartners.portal.core.calendar.WorkingDayCalendar;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.earlyhelp.referral.ReferralRoute;

@DisplayName("RULES §3: contact frequency, what each route brings, and the dispute ladder")
class ContactAndRouteRulesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.builder("county", BankHolidays.englandAndWales()).build();
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    @DisplayName("002 §3c5, §3b5: fortnightly until the first TAF, monthly until the first review, six-weekly after it; the"
            + " first review is the first meeting recorded as one, not simply the second meeting (issue 13)")
    void contactFrequency() {
        assertThat(ContactFrequency.inForce(0, false, false)).isEqualTo(ContactFrequency.FORTNIGHTLY);
        assertThat(ContactFrequency.inForce(1, false, false)).isEqualTo(ContactFrequency.MONTHLY);
        assertThat(ContactFrequency.inForce(2, false, false)).isEqualTo(ContactFrequency.MONTHLY);
        assertThat(ContactFrequency.inForce(7, false, false)).isEqualTo(ContactFrequency.MONTHLY);
        assertThat(ContactFrequency.inForce(1, true, false)).isEqualTo(ContactFrequency.SIX_WEEKLY);
        assertThat(ContactFrequency.inForce(3, true, false)).isEqualTo(ContactFrequency.SIX_WEEKLY);
        assertThatThrownBy(() -> ContactFrequency.inForce(-1, false, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("002 §3c5: a case open only for family programme monitoring needs a phone call every 3 months")
    void monitoringOnly() {
        assertThat(ContactFrequency.inForce(0, false, true)).isEqualTo(ContactFrequency.MONITORING_CALL);
        assertThat(ContactFrequency.inForce(3, true, true)).isEqualTo(ContactFrequency.MONITORING_CALL);
    }

    @Test
    @DisplayName("Each contact frequency is a registered standard with the guidance's timescale")
    void contactStandards() {
        assertThat(ContactFrequency.standardIds()).containsExactly("eh-contact", "eh-contact-monthly", "eh-contact-six-weekly",
                "eh-monitoring-call");
        assertThat(standard(EarlyHelpStandards.CONTACT).dueRule().inWords()).isEqualTo("2 weeks");
        assertThat(standard(EarlyHelpStandards.CONTACT_MONTHLY).dueRule().inWords()).isEqualTo("1 month");
        assertThat(standard(EarlyHelpStandards.CONTACT_SIX_WEEKLY).dueRule().inWords()).isEqualTo("6 weeks");
        assertThat(standard(EarlyHelpStandards.MONITORING_CALL).dueRule().inWords()).isEqualTo("3 months");
        assertThat(EarlyHelpStandards.ALL).extracting(QualityStandard::id).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("002 §3b6: first home visit within 10 working days of allocation (Friday 27 Nov 2026 -> Friday 11 Dec)")
    void firstHomeVisit() {
        Due due = standard(EarlyHelpStandards.FIRST_HOME_VISIT).dueRule()
                .dueFrom(OffsetDateTime.of(2026, 11, 27, 15, 0, 0, 0, ZoneOffset.UTC).toInstant(), CALENDAR);
        assertThat(due).isEqualTo(new Due.ByEndOfDay(LocalDate.of(2026, 12, 11), CALENDAR.zone()));
    }

    @Test
    @DisplayName("002 §3b1: the return interview is due 72 hours after the child comes home, weekends included")
    void returnInterview() {
        OffsetDateTime cameHome = OffsetDateTime.of(2026, 11, 27, 22, 30, 0, 0, ZoneOffset.UTC); // a Friday night
        Due due = standard(EarlyHelpStandards.RETURN_INTERVIEW).dueRule().dueFrom(cameHome.toInstant(), CALENDAR);
        assertThat(due.deadline()).isEqualTo(cameHome.plusHours(72).toInstant());
    }

    @Test
    @DisplayName("RULES §3 routes: a partner's assessment route needs the form; a self-referral's is completed by the front door")
    void assessmentForm() {
        assertThat(fields(RouteDetails.problems(ReferralRoute.EARLY_HELP_ASSESSMENT, " ", null, null, NOW)))
                .containsExactly("assessmentForm");
        assertThat(fields(RouteDetails.problems(ReferralRoute.ATTENDANCE, null, null, null, NOW))).containsExactly("assessmentForm");
        assertThat(RouteDetails.problems(ReferralRoute.EARLY_HELP_ASSESSMENT, "Strengths and needs", null, null, NOW)).isEmpty();
        assertThat(RouteDetails.problems(ReferralRoute.SELF_REFERRAL, null, null, null, NOW)).isEmpty();
        assertThat(RouteDetails.problems(ReferralRoute.SECTION_136, null, null, null, NOW)).as("002 §2a5: no EHAF").isEmpty();
    }

    @Test
    @DisplayName("002 §2a6, §3b1: a missing-from-home referral gives the return home, now or earlier; no other route does")
    void returnHome() {
        assertThat(fields(RouteDetails.problems(ReferralRoute.MISSING_RETURN_INTERVIEW, null, null, null, NOW)))
                .containsExactly("returnedAt");
        assertThat(fields(RouteDetails.problems(ReferralRoute.MISSING_RETURN_INTERVIEW, null, NOW.plusHours(1), null, NOW)))
                .containsExactly("returnedAt");
        assertThat(RouteDetails.problems(ReferralRoute.MISSING_RETURN_INTERVIEW, null, NOW.minusHours(5), null, NOW)).isEmpty();
        assertThat(fields(RouteDetails.problems(ReferralRoute.SECTION_136, null, NOW.minusHours(5), null, NOW)))
                .containsExactly("returnedAt");
    }

    @Test
    @DisplayName("002 §3b2: a step-down brings social care's assessment, which stays current for 16 weeks")
    void stepDown() {
        assertThat(fields(RouteDetails.problems(ReferralRoute.STEP_DOWN, null, null, null, NOW))).containsExactly("priorAssessmentOn");
        assertThat(fields(RouteDetails.problems(ReferralRoute.STEP_DOWN, null, null, NOW.toLocalDate().plusDays(1), NOW)))
                .containsExactly("priorAssessmentOn");
        assertThat(RouteDetails.problems(ReferralRoute.STEP_DOWN, null, null, LocalDate.of(2026, 9, 1), NOW)).isEmpty();
        assertThat(RouteDetails.assessmentCurrentUntil(LocalDate.of(2026, 9, 1), 16)).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(fields(RouteDetails.problems(ReferralRoute.SELF_REFERRAL, null, null, LocalDate.of(2026, 9, 1), NOW)))
                .as("only a step-down brings social care's assessment").containsExactly("priorAssessmentOn");
    }

    @Test
    @DisplayName("002 §3a5, §3a8: Team Manager, then Service Manager, then Group Manager; a resolution starts again")
    void disputeLadder() {
        assertThat(DisputeLadder.stepsTaken(List.of())).isZero();
        assertThat(DisputeLadder.stepsTaken(List.of("DISPUTE", "DISPUTE"))).isEqualTo(2);
        assertThat(DisputeLadder.stepsTaken(List.of("DISPUTE", "DISPUTE", "DISPUTE_RESOLVED"))).isZero();
        assertThat(DisputeLadder.stepsTaken(List.of("DISPUTE", "DISPUTE_RESOLVED", "DISPUTE"))).isEqualTo(1);
        assertThat(DisputeLadder.stepsTaken(List.of("DISPUTE", "DISPUTE_FEEDBACK"))).as("feedback is not a step").isEqualTo(1);
        assertThat(DisputeLadder.COUNTY_STEPS).containsExactly("Team Manager", "Service Manager", "Group Manager");
        assertThat(DisputeLadder.steps(" Screening/Duty worker; Screening/Duty Manager ;; Director of Safeguarding Services"))
                .as("001 L1808-1830, as the City writes it").containsExactly("Screening/Duty worker", "Screening/Duty Manager",
                        "Director of Safeguarding Services");
        assertThat(standard(EarlyHelpStandards.DISPUTE).dueRule().inWords()).isEqualTo("1 working day");
    }


    private static QualityStandard standard(String id) {
        return EarlyHelpStandards.ALL.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> fields(List<Problem.FieldError> errors) {
        return errors.stream().map(Problem.FieldError::field).toList();
    }
}
