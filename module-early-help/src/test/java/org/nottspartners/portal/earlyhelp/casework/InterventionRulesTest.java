package org.nottspartners.portal.earlyhelp.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.calendar.QualityStandard;

@DisplayName("RULES §3 'Interventions and intensive teams' (002 §4-§5, §7e)")
class InterventionRulesTest {

    private static final InterventionRules.Progress NEW = new InterventionRules.Progress(false, false, false, false, false, 0, false);
    private static final InterventionRules.Progress VISITED = new InterventionRules.Progress(true, true, false, false, false, 0, false);

    @Test
    @DisplayName("Planning meeting within 10 working days of allocation; Service Manager's agreement after 12 weeks")
    void allocation() {
        assertThat(InterventionRules.ON_ALLOCATION).containsExactly("eh-in-planning", "eh-in-open-12-weeks");
        assertThat(rule("eh-in-planning")).isEqualTo("10 working days");
        assertThat(rule("eh-in-open-12-weeks")).isEqualTo("12 weeks");
    }

    @Test
    @DisplayName("002 §4c: the plan (5 working days) and the first session (5 days) are timed from the introductory visit")
    void visitStartsPlanAndFirstSession() {
        assertThat(InterventionRules.starts(InterventionStep.FIRST_VISIT, InterventionKind.INTERVENTION))
                .containsExactly("eh-in-plan", "eh-in-first-session");
        assertThat(rule("eh-in-plan")).isEqualTo("5 working days");
        assertThat(InterventionRules.stops(InterventionStep.PLANNING_MEETING, InterventionKind.INTERVENTION))
                .containsExactly("eh-in-planning");
    }

    @Test
    @DisplayName("Reviews every 12 weeks at most (6 to 12), intensive every 6")
    void reviews() {
        assertThat(InterventionRules.starts(InterventionStep.PLAN_WRITTEN, InterventionKind.INTERVENTION)).containsExactly("eh-in-review");
        assertThat(InterventionRules.starts(InterventionStep.REVIEW, InterventionKind.INTENSIVE)).containsExactly("eh-in-review-intensive");
        assertThat(InterventionRules.stops(InterventionStep.REVIEW, InterventionKind.INTENSIVE)).containsExactly("eh-in-review-intensive");
        assertThat(rule("eh-in-review")).isEqualTo("12 weeks");
        assertThat(rule("eh-in-review-intensive")).isEqualTo("6 weeks");
    }

    @Test
    @DisplayName("Steps in order: no plan or first session before the visit, no review before the plan, nothing once closed")
    void order() {
        assertThat(InterventionRules.refusal(InterventionStep.PLAN_WRITTEN, NEW)).get().asString().contains("introductory visit first");
        assertThat(InterventionRules.refusal(InterventionStep.FIRST_SESSION, NEW)).isPresent();
        assertThat(InterventionRules.refusal(InterventionStep.REVIEW, VISITED)).get().asString().contains("record the plan first");
        assertThat(InterventionRules.refusal(InterventionStep.PLAN_WRITTEN, VISITED)).isEmpty();
        assertThat(InterventionRules.refusal(InterventionStep.FIRST_VISIT, VISITED)).isPresent();
        assertThat(InterventionRules.refusal(InterventionStep.NON_ENGAGEMENT,
                new InterventionRules.Progress(true, true, true, true, false, 3, true))).get().asString().isEqualTo("This work has closed");
    }

    /**
     * RULES.md §3 "Interventions and intensive teams": one planning meeting, one plan, one first session and
     * one Service Manager's agreement start or stop their clocks, so each is recorded once; the plan is
     * reviewed every 6 to 12 weeks and non-engagement is counted (2, or 4 if intensive), so those repeat.
     */
    @Test
    @DisplayName("One-off steps are recorded once; reviews and non-engagement may be recorded again and again")
    void oneOffStepsOnce() {
        var allDone = new InterventionRules.Progress(true, true, true, true, true, 1, false);
        assertThat(InterventionRules.refusal(InterventionStep.PLANNING_MEETING, allDone)).get().asString().contains("already recorded");
        assertThat(InterventionRules.refusal(InterventionStep.PLAN_WRITTEN, allDone)).get().asString().contains("already recorded");
        assertThat(InterventionRules.refusal(InterventionStep.FIRST_SESSION, allDone)).get().asString().contains("already recorded");
        assertThat(InterventionRules.refusal(InterventionStep.SERVICE_MANAGER_AGREED, allDone)).get().asString()
                .contains("already agreed");
        assertThat(InterventionRules.refusal(InterventionStep.REVIEW, allDone)).isEmpty();
        assertThat(InterventionRules.refusal(InterventionStep.NON_ENGAGEMENT, allDone)).isEmpty();

        assertThat(InterventionRules.refusal(InterventionStep.PLANNING_MEETING, NEW)).isEmpty();
        assertThat(InterventionRules.refusal(InterventionStep.FIRST_SESSION, VISITED)).isEmpty();
        assertThat(InterventionRules.refusal(InterventionStep.SERVICE_MANAGER_AGREED, NEW)).isEmpty();
    }

    @Test
    @DisplayName("002 §7e: closed for non-engagement after two instances, or four if intensive")
    void nonEngagementClosure() {
        assertThat(InterventionRules.nonEngagementClosureRefusal(InterventionKind.INTERVENTION, 1)).get().asString()
                .contains("after 2 instances", "1 recorded so far");
        assertThat(InterventionRules.nonEngagementClosureRefusal(InterventionKind.INTERVENTION, 2)).isEmpty();
        assertThat(InterventionRules.nonEngagementClosureRefusal(InterventionKind.INTENSIVE, 3)).get().asString()
                .contains("Intensive Support and Parenting Team", "after 4 instances");
        assertThat(InterventionRules.nonEngagementClosureRefusal(InterventionKind.INTENSIVE, 4)).isEmpty();
    }

    private static String rule(String id) {
        return EarlyHelpStandards.ALL.stream().filter(s -> s.id().equals(id)).map(QualityStandard::dueRule).findFirst()
                .orElseThrow().inWords();
    }
}
