package org.nottspartners.portal.earlyhelp.casework;

import java.util.ArrayList;
import java.util.List;

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

    /** What matters about the case when the step is taken. */
    public record Facts(boolean urgent, CaseStage stage) {

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
            // 002 §2a15 decision made; 002 §3a2, §3a9: the team screens within 5 working days, or 24 hours if urgent
            case ACCEPTED_TO_TEAM -> Change.stopping(EarlyHelpStandards.DECISION, EarlyHelpStandards.DECISION_URGENT)
                    .thenStarting(facts.urgent() ? EarlyHelpStandards.SCREENING_URGENT : EarlyHelpStandards.SCREENING);
            // declined or redirected: early help's work on it ends
            case NOT_ACCEPTED -> new Change(List.of(EarlyHelpStandards.DECISION, EarlyHelpStandards.DECISION_URGENT), true,
                    List.of(), ContactClock.UNCHANGED);
            // 002 §3a2 screened; 002 §3a3: a Group Manager reviews a case waiting over 10 weeks
            case PLACED_ON_WAITING_LIST -> Change.stopping(EarlyHelpStandards.SCREENING, EarlyHelpStandards.SCREENING_URGENT)
                    .thenStarting(EarlyHelpStandards.WAITING_REVIEW);
            // 002 §3b6 first contact and home visit, §3b2 assessment, §3b4 plan, §3d5 first TAF, all from allocation
            case ALLOCATED -> Change.stopping(EarlyHelpStandards.SCREENING, EarlyHelpStandards.SCREENING_URGENT,
                    EarlyHelpStandards.WAITING_REVIEW).thenStarting(EarlyHelpStandards.FIRST_CONTACT,
                    EarlyHelpStandards.FIRST_HOME_VISIT, EarlyHelpStandards.PLAN, EarlyHelpStandards.FIRST_TAF,
                    EarlyHelpStandards.ASSESSMENT);
            // 002 §3b2: social care's current assessment is the case's assessment; no new one is due
            case ALLOCATED_WITH_CURRENT_ASSESSMENT -> Change.stopping(EarlyHelpStandards.SCREENING,
                    EarlyHelpStandards.SCREENING_URGENT, EarlyHelpStandards.WAITING_REVIEW).thenStarting(
                    EarlyHelpStandards.FIRST_CONTACT, EarlyHelpStandards.FIRST_HOME_VISIT, EarlyHelpStandards.PLAN,
                    EarlyHelpStandards.FIRST_TAF);
            case HOME_VISIT -> contact(facts, EarlyHelpStandards.FIRST_HOME_VISIT);
            case FACE_TO_FACE_CONTACT, PHONE_CONTACT -> contact(facts);
            case RETURN_INTERVIEW -> contact(facts, EarlyHelpStandards.RETURN_INTERVIEW);
            // 002 §3c5: monitoring only is a phone call every 3 months
            case MONITORING_CHANGED -> new Change(List.of(), false, List.of(), ContactClock.FOLLOWS_FREQUENCY);
            case ASSESSED -> Change.stopping(EarlyHelpStandards.ASSESSMENT);
            case PLAN_AGREED -> Change.stopping(EarlyHelpStandards.PLAN);
            // 002 §3d1, §3d5: the next TAF meeting within 16 weeks of the last; 002 §3c5: the first TAF ends fortnightly contact
            case TAF_HELD -> new Change(List.of(EarlyHelpStandards.FIRST_TAF, EarlyHelpStandards.TAF_REVIEW), false,
                    List.of(EarlyHelpStandards.TAF_REVIEW), ContactClock.FOLLOWS_FREQUENCY);
            // 002 §3a8 (§3a5: 24 hours): each step of the ladder has a working day
            case DISPUTE_RAISED -> Change.stopping(EarlyHelpStandards.DISPUTE).thenStarting(EarlyHelpStandards.DISPUTE);
            case DISPUTE_RESOLVED -> Change.stopping(EarlyHelpStandards.DISPUTE);
            // 002 §3c3: the family has 5 working days to answer the final letter
            case FINAL_LETTER_SENT -> NOTHING.thenStarting(EarlyHelpStandards.FINAL_LETTER);
            case CLOSED -> new Change(List.of(), true, List.of(), ContactClock.UNCHANGED);
        };
    }

    /**
     * A contact with the family (002 §3c5, §3b6): it meets {@code alsoMet}; on an allocated case it meets the
     * first contact standard and the running contact standard, and the contact clock starts again. A return
     * interview may come before allocation, when only its own standard is met.
     */
    private static Change contact(Facts facts, String... alsoMet) {
        if (!facts.allocated()) {
            return Change.stopping(alsoMet);
        }
        List<String> stops = new ArrayList<>(List.of(alsoMet));
        stops.add(EarlyHelpStandards.FIRST_CONTACT);
        stops.addAll(CONTACT_CLOCKS);
        return new Change(stops, false, List.of(), ContactClock.RESTARTED);
    }
}
