package org.nottspartners.portal.earlyhelp.casework;

import java.util.ArrayList;
import java.util.List;
import org.nottspartners.portal.earlyhelp.referral.ReferralRoute;

/**
 * Which of the early help quality-standard clocks ({@link EarlyHelpStandards}; RULES.md §3 "Quality standards",
 * §8; seed 002) each step of a case stops and starts. Plain Java: the services ask it, then time the clocks.
 * Clocks are stopped before any are started, both at the step's moment.
 *
 * <p>The contact clock is the one dynamic rule: which of its standards runs depends on the TAF meetings held
 * and on monitoring ({@link ContactFrequency#inForce}), which the services look up. This policy names the
 * contact standards a contact stops and says whether the step restarts the contact clock or moves it to the
 * frequency now in force. Commissioned work has its own clocks ({@link InterventionRules}).
 */
public final class CaseClockPolicy {

    /** The contact standards (002 §3c5): one runs on an allocated case at a time. */
    public static final List<String> CONTACT_CLOCKS = List.of(ContactFrequency.standardIds());

    private CaseClockPolicy() {
    }

    /**
     * What matters about the case when the step is taken.
     *
     * @param urgent          the referral is urgent (002 §2a15, §3a2)
     * @param stage           where the case is
     * @param route           how it was referred (the Rapid Assessment Worker routes, 002 §3a7)
     * @param childrensCentre a Children's Centre team holds it (its disputes resolve within 24 hours, 002 §3a5)
     * @param monitoringOnly  open only for family programme monitoring (a phone call every 3 months, 002 §3c5)
     */
    public record Facts(boolean urgent, CaseStage stage, ReferralRoute route, boolean childrensCentre, boolean monitoringOnly) {

        /** An ordinary case at a stage: not urgent, referred with an assessment, a case management team, full work. */
        public static Facts at(CaseStage stage) {
            return new Facts(false, stage, ReferralRoute.EARLY_HELP_ASSESSMENT, false, false);
        }

        /** Whether a lead professional holds the case, so that the contact clocks run (002 §3b6, §3c5). */
        public boolean allocated() {
            return stage == CaseStage.ALLOCATED || stage == CaseStage.PLAN;
        }
    }

    /** What the step does to the contact clock (002 §3c5). */
    public enum ContactClock {
        /** Nothing. */
        UNCHANGED,
        /** A contact: the contact standards are stopped and the one in force starts again from now. */
        RESTARTED,
        /** The running contact clock moves to the frequency now in force, counting from the same last contact. */
        FOLLOWS_FREQUENCY
    }

    /**
     * The clocks a step stops and starts.
     *
     * @param stops standards stopped (met), in order
     * @param stopsEveryClock whether every clock still running on the case stops too, after {@code stops}
     * @param starts standards started, timed from the step
     * @param contactClock what happens to the contact clock
     */
    public record Change(List<String> stops, boolean stopsEveryClock, List<String> starts, ContactClock contactClock) {

        public Change {
            stops = List.copyOf(stops);
            starts = List.copyOf(starts);
        }

        static Change stopping(String... standards) {
            return new Change(List.of(standards), false, List.of(), ContactClock.UNCHANGED);
        }

        Change thenStarting(String... standards) {
            return new Change(stops, stopsEveryClock, List.of(standards), contactClock);
        }
    }

    private static final Change NOTHING = Change.stopping();

    /** The clocks {@code step} stops and starts on a case with these facts. */
    public static Change on(CaseStep step, Facts facts) {
        return switch (step) {
            // 002 §2a15: the front door decides within 2 weeks, or 1 working day if urgent
            case REFERRED -> NOTHING.thenStarting(facts.urgent() ? EarlyHelpStandards.DECISION_URGENT : EarlyHelpStandards.DECISION);
            // 002 §3b1, §2a6: the return interview within 72 hours of the child's return
            case RETURNED_FROM_MISSING -> NOTHING.thenStarting(EarlyHelpStandards.RETURN_INTERVIEW);
            case REFERRAL_ASSESSMENT_COMPLETED -> NOTHING;
            // 002 §2a15 decision made; §3a2, §3a9: the team screens within 5 working days, or 24 hours if urgent;
            // §3a7, §2a15, §3a9: a Rapid Assessment Worker's route is allocated on its own clock
            case ACCEPTED_TO_TEAM -> Change.stopping(EarlyHelpStandards.DECISION, EarlyHelpStandards.DECISION_URGENT)
                    .thenStarting(starting(facts.urgent() ? EarlyHelpStandards.SCREENING_URGENT : EarlyHelpStandards.SCREENING,
                            rapidAssessment(facts.route())));
            // declined or redirected: early help's work on it ends
            case NOT_ACCEPTED -> new Change(List.of(EarlyHelpStandards.DECISION, EarlyHelpStandards.DECISION_URGENT), true,
                    List.of(), ContactClock.UNCHANGED);
            // 002 §3a2 screened; 002 §3a3: a Group Manager reviews a case waiting over 10 weeks
            case PLACED_ON_WAITING_LIST -> Change.stopping(EarlyHelpStandards.SCREENING, EarlyHelpStandards.SCREENING_URGENT)
                    .thenStarting(EarlyHelpStandards.WAITING_REVIEW);
            // 002 §3a3: each review of a case still waiting times the next
            case WAITING_REVIEWED -> Change.stopping(EarlyHelpStandards.WAITING_REVIEW).thenStarting(EarlyHelpStandards.WAITING_REVIEW);
            // 002 §3b6 first contact, home visit, plan agreed in 40 working days; §3b2 assessment; §3b4 plan in 8 weeks;
            // §3d5 first TAF: all from allocation
            case ALLOCATED -> allocated(EarlyHelpStandards.ASSESSMENT);
            // 002 §3b2: social care's current assessment is the case's assessment; no new one is due
            case ALLOCATED_WITH_CURRENT_ASSESSMENT -> allocated();
            case HOME_VISIT -> contact(facts, true, EarlyHelpStandards.FIRST_HOME_VISIT);
            case FACE_TO_FACE_CONTACT -> contact(facts, true);
            // 002 §3b6: a phone call is initial contact; §3c5: it is not the face-to-face contact the frequency asks for
            case PHONE_CONTACT -> contact(facts, false);
            case RETURN_INTERVIEW -> contact(facts, true, EarlyHelpStandards.RETURN_INTERVIEW);
            // 002 §3c5: monitoring only is a phone call every 3 months
            case MONITORING_CHANGED -> new Change(List.of(), false, List.of(), ContactClock.FOLLOWS_FREQUENCY);
            case ASSESSED -> Change.stopping(EarlyHelpStandards.ASSESSMENT);
            // 002 §3b4 (8 weeks) and §3b6 (40 working days) both met; §3b5: a formal review within 16 weeks
            // 001 L1626: the City's CAF plan is reviewed at regular meetings, at the frequency the council sets
            case PLAN_AGREED -> Change.stopping(EarlyHelpStandards.PLAN, EarlyHelpStandards.PLAN_AGREED)
                    .thenStarting(EarlyHelpStandards.FORMAL_REVIEW, EarlyHelpStandards.CAF_REVIEW);
            // 002 §3d1, §3d5: the next TAF meeting within 16 weeks of the last; §3c5: the first TAF ends fortnightly contact
            case TAF_HELD -> new Change(List.of(EarlyHelpStandards.FIRST_TAF, EarlyHelpStandards.TAF_REVIEW), false,
                    List.of(EarlyHelpStandards.TAF_REVIEW), ContactClock.FOLLOWS_FREQUENCY);
            // a TAF meeting that reviews the plan (§3b5: reviews ideally at a TAF) also times the next formal review;
            // §3c5: after the first review, contact is six-weekly
            case REVIEW_HELD -> new Change(List.of(EarlyHelpStandards.FIRST_TAF, EarlyHelpStandards.TAF_REVIEW,
                    EarlyHelpStandards.FORMAL_REVIEW, EarlyHelpStandards.CAF_REVIEW), false, List.of(EarlyHelpStandards.TAF_REVIEW,
                    EarlyHelpStandards.FORMAL_REVIEW, EarlyHelpStandards.CAF_REVIEW), ContactClock.FOLLOWS_FREQUENCY);
            // 002 §3a8: resolved within 1 working day from raising; §3a5: 24 hours on a Children's Centre case
            // 001 L1808-1830 (the City's route): feedback to the referrer within 24 hours, resolved within 48;
            // each council's settings say which of these standards it works to
            case DISPUTE_RAISED -> NOTHING.thenStarting(facts.childrensCentre() ? EarlyHelpStandards.DISPUTE_CHILDRENS_CENTRE
                    : EarlyHelpStandards.DISPUTE, EarlyHelpStandards.DISAGREEMENT_FEEDBACK, EarlyHelpStandards.DISAGREEMENT_RESOLUTION);
            // 001 L1808-1830: within 24 hours where the risk is high
            case DISPUTE_RAISED_HIGH_RISK -> NOTHING.thenStarting(facts.childrensCentre()
                    ? EarlyHelpStandards.DISPUTE_CHILDRENS_CENTRE : EarlyHelpStandards.DISPUTE,
                    EarlyHelpStandards.DISAGREEMENT_FEEDBACK, EarlyHelpStandards.DISAGREEMENT_RESOLUTION_HIGH_RISK);
            case DISPUTE_FEEDBACK -> Change.stopping(EarlyHelpStandards.DISAGREEMENT_FEEDBACK);
            // escalating records who now holds the dispute; its one clock runs on from the raising
            case DISPUTE_ESCALATED -> NOTHING;
            case DISPUTE_RESOLVED -> Change.stopping(EarlyHelpStandards.DISPUTE, EarlyHelpStandards.DISPUTE_CHILDRENS_CENTRE,
                    EarlyHelpStandards.DISAGREEMENT_FEEDBACK, EarlyHelpStandards.DISAGREEMENT_RESOLUTION,
                    EarlyHelpStandards.DISAGREEMENT_RESOLUTION_HIGH_RISK);
            // 002 §3c3: the family has 5 working days to answer the final letter
            case FINAL_LETTER_SENT -> NOTHING.thenStarting(EarlyHelpStandards.FINAL_LETTER);
            case CLOSED -> new Change(List.of(), true, List.of(), ContactClock.UNCHANGED);
        };
    }

    /** The Rapid Assessment Worker's allocation clock of a route, if it has one (002 §3a7, §2a15, §3a9). */
    static java.util.Optional<String> rapidAssessment(ReferralRoute route) {
        if (route == ReferralRoute.MISSING_RETURN_INTERVIEW) {
            return java.util.Optional.of(EarlyHelpStandards.RAW_MISSING);
        }
        if (route == ReferralRoute.UNAUTHORISED_ENCAMPMENT) {
            return java.util.Optional.of(EarlyHelpStandards.RAW_ENCAMPMENT);
        }
        return java.util.Optional.empty();
    }

    private static String[] starting(String first, java.util.Optional<String> more) {
        return more.map(m -> new String[] {first, m}).orElse(new String[] {first});
    }

    /** Allocation: screening, the waiting list review and any Rapid Assessment allocation are met; the case's work starts. */
    private static Change allocated(String... alsoStarting) {
        List<String> starts = new ArrayList<>(List.of(EarlyHelpStandards.FIRST_CONTACT, EarlyHelpStandards.FIRST_HOME_VISIT,
                EarlyHelpStandards.PLAN, EarlyHelpStandards.PLAN_AGREED, EarlyHelpStandards.FIRST_TAF));
        starts.addAll(List.of(alsoStarting));
        return new Change(List.of(EarlyHelpStandards.SCREENING, EarlyHelpStandards.SCREENING_URGENT,
                EarlyHelpStandards.WAITING_REVIEW, EarlyHelpStandards.RAW_MISSING, EarlyHelpStandards.RAW_ENCAMPMENT), false,
                starts, ContactClock.UNCHANGED);
    }

    /**
     * A contact with the family (002 §3b6, §3c5): it meets {@code alsoMet}; on an allocated case it meets the first
     * contact standard, and, when it is face to face (or the case is open only for monitoring, whose standard is a
     * phone call), the running contact standard, so the contact clock starts again. A return interview may come
     * before allocation, when only its own standard is met.
     */
    private static Change contact(Facts facts, boolean faceToFace, String... alsoMet) {
        if (!facts.allocated()) {
            return Change.stopping(alsoMet);
        }
        List<String> stops = new ArrayList<>(List.of(alsoMet));
        stops.add(EarlyHelpStandards.FIRST_CONTACT);
        if (!faceToFace && !facts.monitoringOnly()) {
            return new Change(stops, false, List.of(), ContactClock.UNCHANGED);
        }
        stops.addAll(CONTACT_CLOCKS);
        return new Change(stops, false, List.of(), ContactClock.RESTARTED);
    }
}
