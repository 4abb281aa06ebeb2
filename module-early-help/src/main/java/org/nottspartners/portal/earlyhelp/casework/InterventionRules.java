package org.nottspartners.portal.earlyhelp.casework;

import java.util.List;
import java.util.Optional;

/**
 * The order of commissioned work and the clocks each step starts and stops (002 §4c, §5b, §7e; RULES.md §3
 * "Interventions and intensive teams"): planning meeting within 10 working days of allocation; plan within
 * 5 working days of the first visit; first session within 5 days of it; reviews every 12 weeks (intensive:
 * 6); work open past 12 weeks needs a Service Manager; closed for non-engagement after 2 instances
 * (intensive: 4).
 */
public final class InterventionRules {

    /** The standards started when the work is allocated to a Child and Family Worker. */
    public static final List<String> ON_ALLOCATION = List.of(EarlyHelpStandards.INTERVENTION_PLANNING,
            EarlyHelpStandards.INTERVENTION_OPEN_12_WEEKS);

    private InterventionRules() {
    }

    /** What the work has done so far. */
    public record Progress(boolean planningMeeting, boolean firstVisit, boolean planWritten, boolean firstSession,
            boolean serviceManagerAgreed, int nonEngagements, boolean closed) {
    }

    /** Why a step cannot be recorded now, if it cannot. */
    public static Optional<String> refusal(InterventionStep step, Progress p) {
        if (p.closed()) {
            return Optional.of("This work has closed");
        }
        return switch (step) {
            case PLANNING_MEETING -> p.planningMeeting() ? Optional.of("The planning meeting is already recorded") : Optional.empty();
            case FIRST_VISIT -> p.firstVisit() ? Optional.of("The introductory visit is already recorded") : Optional.empty();
            case PLAN_WRITTEN -> !p.firstVisit() ? Optional.of("Record the introductory visit first: the plan follows it (002 §4c)")
                    : p.planWritten() ? Optional.of("The plan is already recorded; record a review instead") : Optional.empty();
            case FIRST_SESSION -> !p.firstVisit() ? Optional.of("Record the introductory visit first")
                    : p.firstSession() ? Optional.of("The first session is already recorded") : Optional.empty();
            case REVIEW -> !p.planWritten() ? Optional.of("A review is of a written plan: record the plan first") : Optional.empty();
            case NON_ENGAGEMENT -> Optional.empty();
            case SERVICE_MANAGER_AGREED -> p.serviceManagerAgreed() ? Optional.of("A Service Manager has already agreed")
                    : Optional.empty();
        };
    }

    /** The standards a step stops (met). */
    public static List<String> stops(InterventionStep step, InterventionKind kind) {
        return switch (step) {
            case PLANNING_MEETING -> List.of(EarlyHelpStandards.INTERVENTION_PLANNING);
            case PLAN_WRITTEN -> List.of(EarlyHelpStandards.INTERVENTION_PLAN);
            case FIRST_SESSION -> List.of(EarlyHelpStandards.INTERVENTION_FIRST_SESSION);
            case REVIEW -> List.of(kind.reviewStandard());
            case SERVICE_MANAGER_AGREED -> List.of(EarlyHelpStandards.INTERVENTION_OPEN_12_WEEKS);
            case FIRST_VISIT, NON_ENGAGEMENT -> List.of();
        };
    }

    /** The standards a step starts, timed from the step. */
    public static List<String> starts(InterventionStep step, InterventionKind kind) {
        return switch (step) {
            case FIRST_VISIT -> List.of(EarlyHelpStandards.INTERVENTION_PLAN, EarlyHelpStandards.INTERVENTION_FIRST_SESSION);
            case PLAN_WRITTEN, REVIEW -> List.of(kind.reviewStandard());
            default -> List.of();
        };
    }

    /** Why the work cannot yet close for non-engagement, if it cannot (002 §7e). */
    public static Optional<String> nonEngagementClosureRefusal(InterventionKind kind, int nonEngagements) {
        if (nonEngagements >= kind.nonEngagementsBeforeClosure()) {
            return Optional.empty();
        }
        return Optional.of("Work with the " + kind.team() + " closes for non-engagement after " + kind.nonEngagementsBeforeClosure()
                + " instances, discussed with the lead professional (002 §7e); " + nonEngagements + " recorded so far");
    }

    /** Every standard commissioned work runs. */
    public static List<String> allStandards() {
        return List.of(EarlyHelpStandards.INTERVENTION_PLANNING, EarlyHelpStandards.INTERVENTION_PLAN,
                EarlyHelpStandards.INTERVENTION_FIRST_SESSION, EarlyHelpStandards.INTERVENTION_REVIEW,
                EarlyHelpStandards.INTENSIVE_REVIEW, EarlyHelpStandards.INTERVENTION_OPEN_12_WEEKS);
    }
}
