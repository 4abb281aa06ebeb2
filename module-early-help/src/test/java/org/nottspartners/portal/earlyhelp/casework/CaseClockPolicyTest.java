package org.nottspartners.portal.earlyhelp.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.calendar.QualityStandard;
import org.nottspartners.portal.earlyhelp.casework.CaseClockPolicy.Change;
import org.nottspartners.portal.earlyhelp.casework.CaseClockPolicy.ContactClock;
import org.nottspartners.portal.earlyhelp.casework.CaseClockPolicy.Facts;
import org.nottspartners.portal.earlyhelp.referral.ReferralRoute;

/** The standards are named by their ids, as the councils' settings name them ({@code standard.<id>}). */
@DisplayName("RULES §3 'Quality standards', §8 (seed 002): the clocks each step of a case stops and starts")
class CaseClockPolicyTest {

    private static final Facts REFERRAL = Facts.at(CaseStage.REFERRED);
    private static final Facts URGENT_REFERRAL = new Facts(true, CaseStage.REFERRED, ReferralRoute.EARLY_HELP_ASSESSMENT, false, false);
    private static final Facts WITH_TEAM = Facts.at(CaseStage.WITH_TEAM);
    private static final Facts URGENT_WITH_TEAM = new Facts(true, CaseStage.WITH_TEAM, ReferralRoute.EARLY_HELP_ASSESSMENT, false, false);
    private static final Facts WAITING = Facts.at(CaseStage.WAITING);
    private static final Facts ALLOCATED = Facts.at(CaseStage.ALLOCATED);
    private static final Facts PLAN = Facts.at(CaseStage.PLAN);
    private static final Facts CLOSED = Facts.at(CaseStage.CLOSED);
    private static final Facts MONITORED = new Facts(false, CaseStage.PLAN, ReferralRoute.EARLY_HELP_ASSESSMENT, false, true);
    private static final Facts CHILDRENS_CENTRE = new Facts(false, CaseStage.ALLOCATED, ReferralRoute.EARLY_HELP_ASSESSMENT, true, false);

    private static final String[] CONTACT_CLOCKS = {"eh-contact", "eh-contact-monthly", "eh-contact-six-weekly", "eh-monitoring-call"};

    @Test
    @DisplayName("002 §2a15: a referral starts the front door's decision clock, 2 weeks, or 1 working day if urgent")
    void referral() {
        assertThat(CaseClockPolicy.on(CaseStep.REFERRED, REFERRAL)).isEqualTo(starting("eh-decision"));
        assertThat(CaseClockPolicy.on(CaseStep.REFERRED, URGENT_REFERRAL)).isEqualTo(starting("eh-decision-urgent"));
        assertThat(rule("eh-decision")).isEqualTo("2 weeks");
        assertThat(rule("eh-decision-urgent")).isEqualTo("1 working day");
    }

    @Test
    @DisplayName("002 §3b1, §2a6: a child back from missing starts the 72-hour return interview clock")
    void returnedFromMissing() {
        assertThat(CaseClockPolicy.on(CaseStep.RETURNED_FROM_MISSING, REFERRAL)).isEqualTo(starting("eh-return-interview"));
        assertThat(CaseClockPolicy.on(CaseStep.RETURNED_FROM_MISSING, URGENT_REFERRAL)).isEqualTo(starting("eh-return-interview"));
        assertThat(rule("eh-return-interview")).isEqualTo("72 hours");
    }

    @Test
    @DisplayName("002 §2a15, §3a2, §3a9: accepted to a team, the decision is made and screening starts (urgent: 24 hours)")
    void acceptedToTeam() {
        Change accepted = CaseClockPolicy.on(CaseStep.ACCEPTED_TO_TEAM, WITH_TEAM);
        assertThat(accepted.stops()).containsExactly("eh-decision", "eh-decision-urgent");
        assertThat(accepted.starts()).containsExactly("eh-screening");
        assertThat(accepted.stopsEveryClock()).isFalse();
        assertThat(accepted.contactClock()).isEqualTo(ContactClock.UNCHANGED);

        Change urgent = CaseClockPolicy.on(CaseStep.ACCEPTED_TO_TEAM, URGENT_WITH_TEAM);
        assertThat(urgent.stops()).containsExactly("eh-decision", "eh-decision-urgent");
        assertThat(urgent.starts()).containsExactly("eh-screening-urgent");
        assertThat(rule("eh-screening")).isEqualTo("5 working days");
        assertThat(rule("eh-screening-urgent")).isEqualTo("24 hours");
    }

    @Test
    @DisplayName("002 §2a15: declined or redirected, the decision is made and every clock on the referral stops")
    void notAccepted() {
        Change declined = CaseClockPolicy.on(CaseStep.NOT_ACCEPTED, REFERRAL);
        assertThat(declined.stops()).containsExactly("eh-decision", "eh-decision-urgent");
        assertThat(declined.stopsEveryClock()).isTrue();
        assertThat(declined.starts()).isEmpty();
        assertThat(CaseClockPolicy.on(CaseStep.NOT_ACCEPTED, URGENT_REFERRAL)).isEqualTo(declined);
    }

    @Test
    @DisplayName("The step a front door decision is: only acceptance to a team keeps early help's clocks running")
    void decisionSteps() {
        assertThat(CaseStep.decided(FrontDoorDecision.ACCEPT_TO_TEAM)).isEqualTo(CaseStep.ACCEPTED_TO_TEAM);
        for (FrontDoorDecision d : FrontDoorDecision.values()) {
            if (d != FrontDoorDecision.ACCEPT_TO_TEAM) {
                assertThat(CaseStep.decided(d)).as(d.name()).isEqualTo(CaseStep.NOT_ACCEPTED);
            }
        }
    }

    @Test
    @DisplayName("002 §3a2, §3a3: on the waiting list, screening is done and the Group Manager's 10-week review starts")
    void waitingList() {
        Change waiting = CaseClockPolicy.on(CaseStep.PLACED_ON_WAITING_LIST, WITH_TEAM);
        assertThat(waiting.stops()).containsExactly("eh-screening", "eh-screening-urgent");
        assertThat(waiting.starts()).containsExactly("eh-waiting-review");
        assertThat(waiting.stopsEveryClock()).isFalse();
        assertThat(rule("eh-waiting-review")).isEqualTo("10 weeks");
    }

    @Test
    @DisplayName("002 §3b6, §3b2, §3b4, §3d5: allocation ends screening, waiting and any Rapid Assessment allocation; starts"
            + " contact, visit, the 8-week Family Action Plan and the 40-working-day plan agreement, TAF, assessment")
    void allocation() {
        Change allocated = CaseClockPolicy.on(CaseStep.ALLOCATED, WAITING);
        assertThat(allocated.stops()).containsExactly("eh-screening", "eh-screening-urgent", "eh-waiting-review", "eh-raw-missing",
                "eh-raw-encampment");
        assertThat(allocated.starts()).containsExactly("eh-first-contact", "eh-first-home-visit", "eh-plan", "eh-plan-agreed",
                "eh-first-taf", "eh-assessment");
        assertThat(rule("eh-plan-agreed")).isEqualTo("40 working days");
        assertThat(allocated.stopsEveryClock()).isFalse();
        assertThat(allocated.contactClock()).isEqualTo(ContactClock.UNCHANGED);
        assertThat(rule("eh-first-contact")).isEqualTo("5 working days");
        assertThat(rule("eh-first-home-visit")).isEqualTo("10 working days");
        assertThat(rule("eh-assessment")).isEqualTo("30 working days");
        assertThat(rule("eh-plan")).isEqualTo("8 weeks");
        assertThat(rule("eh-first-taf")).isEqualTo("35 working days");
    }

    @Test
    @DisplayName("002 §3b2: a stepped-down case whose social care assessment is current needs no new assessment")
    void allocationWithCurrentAssessment() {
        Change allocated = CaseClockPolicy.on(CaseStep.ALLOCATED_WITH_CURRENT_ASSESSMENT, WITH_TEAM);
        assertThat(allocated.stops()).containsExactly("eh-screening", "eh-screening-urgent", "eh-waiting-review", "eh-raw-missing",
                "eh-raw-encampment");
        assertThat(allocated.starts()).containsExactly("eh-first-contact", "eh-first-home-visit", "eh-plan", "eh-plan-agreed",
                "eh-first-taf").doesNotContain("eh-assessment");
    }

    @Test
    @DisplayName("002 §3b6, §3c5: face-to-face contact on an allocated case meets first contact and restarts the contact clock")
    void contactOnAllocatedCase() {
        for (Facts allocated : new Facts[] {ALLOCATED, PLAN}) {
            Change contact = CaseClockPolicy.on(CaseStep.FACE_TO_FACE_CONTACT, allocated);
            assertThat(contact.stops()).containsExactly(concat("eh-first-contact", CONTACT_CLOCKS));
            assertThat(contact.starts()).as("the frequency in force is the service's to find").isEmpty();
            assertThat(contact.contactClock()).isEqualTo(ContactClock.RESTARTED);
            assertThat(contact.stopsEveryClock()).isFalse();
        }
        assertThat(CaseClockPolicy.CONTACT_CLOCKS).containsExactly(CONTACT_CLOCKS);
    }

    @Test
    @DisplayName("002 §3c5 (issue 13): a phone call is initial contact (§3b6) but not the face-to-face contact the frequency asks for")
    void phoneCallDoesNotRestartTheContactClock() {
        Change call = CaseClockPolicy.on(CaseStep.PHONE_CONTACT, PLAN);
        assertThat(call.stops()).containsExactly("eh-first-contact");
        assertThat(call.contactClock()).isEqualTo(ContactClock.UNCHANGED);
        assertThat(rule("eh-contact")).isEqualTo("2 weeks");
    }

    @Test
    @DisplayName("002 §3c5: on a monitoring-only case the phone call is the contact the 3-monthly standard asks for")
    void phoneCallOnAMonitoredCase() {
        Change call = CaseClockPolicy.on(CaseStep.PHONE_CONTACT, MONITORED);
        assertThat(call.stops()).containsExactly(concat("eh-first-contact", CONTACT_CLOCKS));
        assertThat(call.contactClock()).isEqualTo(ContactClock.RESTARTED);
    }

    @Test
    @DisplayName("002 §3b6: a home visit also meets the first home visit standard")
    void homeVisit() {
        Change visit = CaseClockPolicy.on(CaseStep.HOME_VISIT, ALLOCATED);
        assertThat(visit.stops()).containsExactly(concat("eh-first-home-visit", concat("eh-first-contact", CONTACT_CLOCKS)));
        assertThat(visit.contactClock()).isEqualTo(ContactClock.RESTARTED);
        assertThat(CaseClockPolicy.on(CaseStep.FACE_TO_FACE_CONTACT, ALLOCATED).stops()).doesNotContain("eh-first-home-visit");
        assertThat(CaseClockPolicy.on(CaseStep.PHONE_CONTACT, ALLOCATED).stops()).doesNotContain("eh-first-home-visit");
    }

    @Test
    @DisplayName("002 §3b1: a return interview before allocation meets only its own 72-hour standard")
    void returnInterviewBeforeAllocation() {
        for (Facts open : new Facts[] {REFERRAL, URGENT_REFERRAL, WITH_TEAM, WAITING}) {
            Change interview = CaseClockPolicy.on(CaseStep.RETURN_INTERVIEW, open);
            assertThat(interview.stops()).as(open.stage().name()).containsExactly("eh-return-interview");
            assertThat(interview.starts()).isEmpty();
            assertThat(interview.contactClock()).isEqualTo(ContactClock.UNCHANGED);
        }
    }

    @Test
    @DisplayName("002 §3b1, §3c5: a return interview on an allocated case is contact as well")
    void returnInterviewOnAllocatedCase() {
        Change interview = CaseClockPolicy.on(CaseStep.RETURN_INTERVIEW, ALLOCATED);
        assertThat(interview.stops()).containsExactly(concat("eh-return-interview", concat("eh-first-contact", CONTACT_CLOCKS)));
        assertThat(interview.contactClock()).isEqualTo(ContactClock.RESTARTED);
    }

    @Test
    @DisplayName("The step a kind of contact is")
    void contactSteps() {
        assertThat(CaseStep.contact(ContactKind.HOME_VISIT)).isEqualTo(CaseStep.HOME_VISIT);
        assertThat(CaseStep.contact(ContactKind.FACE_TO_FACE)).isEqualTo(CaseStep.FACE_TO_FACE_CONTACT);
        assertThat(CaseStep.contact(ContactKind.PHONE)).isEqualTo(CaseStep.PHONE_CONTACT);
        assertThat(CaseStep.contact(ContactKind.RETURN_INTERVIEW)).isEqualTo(CaseStep.RETURN_INTERVIEW);
    }

    @Test
    @DisplayName("002 §3c5: monitoring only (or back to full work) moves the contact clock to the frequency in force")
    void monitoring() {
        Change monitoring = CaseClockPolicy.on(CaseStep.MONITORING_CHANGED, ALLOCATED);
        assertThat(monitoring.stops()).isEmpty();
        assertThat(monitoring.starts()).isEmpty();
        assertThat(monitoring.contactClock()).isEqualTo(ContactClock.FOLLOWS_FREQUENCY);
        assertThat(rule("eh-monitoring-call")).isEqualTo("3 months");
    }

    @Test
    @DisplayName("002 §3b2, §3b4, §3b6, §3b5: the assessment meets its standard; the agreed plan meets both plan standards"
            + " and starts the 16-week formal review")
    void assessmentAndPlan() {
        assertThat(CaseClockPolicy.on(CaseStep.ASSESSED, ALLOCATED)).isEqualTo(stopping("eh-assessment"));
        Change agreed = CaseClockPolicy.on(CaseStep.PLAN_AGREED, ALLOCATED);
        assertThat(agreed.stops()).containsExactly("eh-plan", "eh-plan-agreed");
        assertThat(agreed.starts()).containsExactly("eh-formal-review", "eh-caf-review");
        assertThat(CaseClockPolicy.on(CaseStep.PLAN_AGREED, PLAN)).isEqualTo(agreed);
        assertThat(rule("eh-formal-review")).isEqualTo("16 weeks");
    }

    @Test
    @DisplayName("002 §3b5, §3c5: a TAF meeting recorded as a review meets and restarts the formal review and moves contact")
    void reviewMeeting() {
        Change review = CaseClockPolicy.on(CaseStep.REVIEW_HELD, PLAN);
        assertThat(review.stops()).containsExactly("eh-first-taf", "eh-taf-review", "eh-formal-review", "eh-caf-review");
        assertThat(review.starts()).containsExactly("eh-taf-review", "eh-formal-review", "eh-caf-review");
        assertThat(review.contactClock()).isEqualTo(ContactClock.FOLLOWS_FREQUENCY);
        assertThat(CaseClockPolicy.on(CaseStep.TAF_HELD, PLAN).stops()).doesNotContain("eh-formal-review");
    }

    @Test
    @DisplayName("002 §3a3: a group manager's review of a waiting case meets the 10-week review and times the next")
    void waitingReview() {
        Change reviewed = CaseClockPolicy.on(CaseStep.WAITING_REVIEWED, WAITING);
        assertThat(reviewed.stops()).containsExactly("eh-waiting-review");
        assertThat(reviewed.starts()).containsExactly("eh-waiting-review");
    }

    @Test
    @DisplayName("002 §3a7, §2a15, §3a9: a missing-from-home or encampment referral is allocated to a Rapid Assessment Worker"
            + " on its own clock (24 hours; 1 working day); other routes start none")
    void rapidAssessmentAllocation() {
        Change missing = CaseClockPolicy.on(CaseStep.ACCEPTED_TO_TEAM,
                new Facts(false, CaseStage.WITH_TEAM, ReferralRoute.MISSING_RETURN_INTERVIEW, false, false));
        assertThat(missing.starts()).containsExactly("eh-screening", "eh-raw-missing");
        Change encampment = CaseClockPolicy.on(CaseStep.ACCEPTED_TO_TEAM,
                new Facts(true, CaseStage.WITH_TEAM, ReferralRoute.UNAUTHORISED_ENCAMPMENT, false, false));
        assertThat(encampment.starts()).containsExactly("eh-screening-urgent", "eh-raw-encampment");
        assertThat(rule("eh-raw-missing")).isEqualTo("24 hours");
        assertThat(rule("eh-raw-encampment")).isEqualTo("1 working day");
        for (ReferralRoute route : ReferralRoute.values()) {
            if (route != ReferralRoute.MISSING_RETURN_INTERVIEW && route != ReferralRoute.UNAUTHORISED_ENCAMPMENT) {
                assertThat(CaseClockPolicy.on(CaseStep.ACCEPTED_TO_TEAM, new Facts(false, CaseStage.WITH_TEAM, route, false, false))
                        .starts()).as(route.name()).containsExactly("eh-screening");
            }
        }
    }

    @Test
    @DisplayName("002 §3d1, §3d5, §3c5: a TAF meeting meets the first or review standard, times the next review, and moves contact")
    void tafMeeting() {
        Change taf = CaseClockPolicy.on(CaseStep.TAF_HELD, PLAN);
        assertThat(taf.stops()).containsExactly("eh-first-taf", "eh-taf-review");
        assertThat(taf.starts()).containsExactly("eh-taf-review");
        assertThat(taf.contactClock()).isEqualTo(ContactClock.FOLLOWS_FREQUENCY);
        assertThat(taf.stopsEveryClock()).isFalse();
        assertThat(rule("eh-taf-review")).isEqualTo("16 weeks");
    }

    @Test
    @DisplayName("002 §3a8 (issue 13): a dispute has one clock of 1 working day from raising to resolution; escalating it"
            + " does not restart it")
    void disputes() {
        assertThat(CaseClockPolicy.on(CaseStep.DISPUTE_RAISED, WAITING))
                .isEqualTo(starting("eh-dispute", "eh-disagreement-feedback", "eh-disagreement-resolution"));
        assertThat(CaseClockPolicy.on(CaseStep.DISPUTE_ESCALATED, WAITING)).isEqualTo(stopping());
        assertThat(CaseClockPolicy.on(CaseStep.DISPUTE_RESOLVED, WAITING)).isEqualTo(stopping("eh-dispute", "eh-dispute-cc",
                "eh-disagreement-feedback", "eh-disagreement-resolution", "eh-disagreement-resolution-high-risk"));
        assertThat(rule("eh-dispute")).isEqualTo("1 working day");
    }

    @Test
    @DisplayName("001 L1808-1830 (the City's route): feedback to the referrer within 24 hours, resolved within 48, or 24 where"
            + " the risk is high; the policy names them and each council's settings say which it uses (by default none)")
    void cityDisagreement() {
        assertThat(CaseClockPolicy.on(CaseStep.DISPUTE_RAISED_HIGH_RISK, WAITING).starts())
                .containsExactly("eh-dispute", "eh-disagreement-feedback", "eh-disagreement-resolution-high-risk");
        assertThat(CaseClockPolicy.on(CaseStep.DISPUTE_FEEDBACK, WAITING)).isEqualTo(stopping("eh-disagreement-feedback"));
        assertThat(rule("eh-disagreement-feedback")).isEqualTo("not used");
        assertThat(rule("eh-disagreement-resolution")).isEqualTo("not used");
        assertThat(rule("eh-caf-review")).as("001 L1626 gives no timescale: the council sets it").isEqualTo("not used");
    }

    @Test
    @DisplayName("002 §3a5: a dispute over a Children's Centre case resolves within 24 hours")
    void childrensCentreDispute() {
        assertThat(CaseClockPolicy.on(CaseStep.DISPUTE_RAISED, CHILDRENS_CENTRE).starts()).startsWith("eh-dispute-cc")
                .doesNotContain("eh-dispute");
        assertThat(CaseClockPolicy.on(CaseStep.DISPUTE_ESCALATED, CHILDRENS_CENTRE)).isEqualTo(stopping());
        assertThat(rule("eh-dispute-cc")).isEqualTo("24 hours");
    }

    @Test
    @DisplayName("002 §3c3: the final non-engagement letter gives the family 5 working days to answer")
    void finalLetter() {
        assertThat(CaseClockPolicy.on(CaseStep.FINAL_LETTER_SENT, ALLOCATED)).isEqualTo(starting("eh-final-letter"));
        assertThat(rule("eh-final-letter")).isEqualTo("5 working days");
    }

    @Test
    @DisplayName("RULES §3 'Closure': closing a case stops every clock still running on it and starts none")
    void closure() {
        Change closed = CaseClockPolicy.on(CaseStep.CLOSED, CLOSED);
        assertThat(closed.stopsEveryClock()).isTrue();
        assertThat(closed.stops()).isEmpty();
        assertThat(closed.starts()).isEmpty();
        assertThat(closed.contactClock()).isEqualTo(ContactClock.UNCHANGED);
    }

    @Test
    @DisplayName("The front door completing a self-referral's assessment form times nothing")
    void referralAssessmentForm() {
        assertThat(CaseClockPolicy.on(CaseStep.REFERRAL_ASSESSMENT_COMPLETED, REFERRAL)).isEqualTo(stopping());
    }

    @Test
    @DisplayName("Only closure and a referral not accepted stop every clock: no other step ends the case's timing")
    void onlyTheEndsStopEverything() {
        Set<CaseStep> stopping = EnumSet.noneOf(CaseStep.class);
        for (CaseStep step : CaseStep.values()) {
            for (Facts facts : new Facts[] {URGENT_REFERRAL, WAITING, ALLOCATED}) {
                if (CaseClockPolicy.on(step, facts).stopsEveryClock()) {
                    stopping.add(step);
                }
            }
        }
        assertThat(stopping).containsExactlyInAnyOrder(CaseStep.NOT_ACCEPTED, CaseStep.CLOSED);
    }

    @Test
    @DisplayName("RULES §8: every case standard the policy names is registered; each one started is met by a step, but the"
            + " final letter's, which runs out or ends with the case (002 §3c3)")
    void everyStandardRegisteredAndMet() {
        Set<String> registered = new HashSet<>();
        EarlyHelpStandards.ALL.forEach(s -> registered.add(s.id()));
        Set<String> started = new HashSet<>(CaseClockPolicy.CONTACT_CLOCKS);
        Set<String> stopped = new HashSet<>();
        for (CaseStep step : CaseStep.values()) {
            for (Facts facts : new Facts[] {REFERRAL, URGENT_REFERRAL, URGENT_WITH_TEAM, WAITING, ALLOCATED, CHILDRENS_CENTRE,
                new Facts(false, CaseStage.WITH_TEAM, ReferralRoute.MISSING_RETURN_INTERVIEW, false, false),
                new Facts(false, CaseStage.WITH_TEAM, ReferralRoute.UNAUTHORISED_ENCAMPMENT, false, false)}) {
                Change change = CaseClockPolicy.on(step, facts);
                started.addAll(change.starts());
                stopped.addAll(change.stops());
            }
        }
        assertThat(registered).containsAll(started).containsAll(stopped);
        Set<String> notMetByAStep = new HashSet<>(started);
        notMetByAStep.removeAll(stopped);
        assertThat(notMetByAStep).containsExactly("eh-final-letter");
        assertThat(started).doesNotContainAnyElementsOf(InterventionRules.allStandards());
    }

    private static Change starting(String... standards) {
        return new Change(java.util.List.of(), false, java.util.List.of(standards), ContactClock.UNCHANGED);
    }

    private static Change stopping(String... standards) {
        return new Change(java.util.List.of(standards), false, java.util.List.of(), ContactClock.UNCHANGED);
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static String rule(String id) {
        return EarlyHelpStandards.ALL.stream().filter(s -> s.id().equals(id)).map(QualityStandard::dueRule).findFirst()
                .orElseThrow().inWords();
    }
}
