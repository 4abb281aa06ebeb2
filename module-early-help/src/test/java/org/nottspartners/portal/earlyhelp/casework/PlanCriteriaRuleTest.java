package org.nottspartners.portal.earlyhelp.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nottspartners.portal.earlyhelp.casework.ProgrammeCriterion.CHILDREN_NEED_HELP;
import static org.nottspartners.portal.earlyhelp.casework.ProgrammeCriterion.CRIME_ASB;
import static org.nottspartners.portal.earlyhelp.casework.ProgrammeCriterion.DOMESTIC_ABUSE;
import static org.nottspartners.portal.earlyhelp.casework.ProgrammeCriterion.HEALTH;
import static org.nottspartners.portal.earlyhelp.casework.ProgrammeCriterion.SCHOOL_ATTENDANCE;
import static org.nottspartners.portal.earlyhelp.casework.ProgrammeCriterion.WORKLESSNESS;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.earlyhelp.referral.ConsentException;
import org.nottspartners.portal.earlyhelp.referral.ReferralRoute;

@DisplayName("RULES §3, §7: a family meeting 2 or more programme criteria needs a plan target for each (002 §3b4)")
class PlanCriteriaRuleTest {

    private static List<ProgrammeCriterion> targets(ProgrammeCriterion... linkedTo) {
        return Arrays.asList(linkedTo);
    }

    @Test
    @DisplayName("002 §3b4, §13a: two or more criteria met, a target for each; one criterion alone asks for nothing more")
    void aTargetForEachCriterionMet() {
        assertThat(PlanCriteriaRule.missingTargets(Set.of(SCHOOL_ATTENDANCE, DOMESTIC_ABUSE), targets(SCHOOL_ATTENDANCE)))
                .containsExactly(DOMESTIC_ABUSE);
        assertThat(PlanCriteriaRule.missingTargets(Set.of(SCHOOL_ATTENDANCE, DOMESTIC_ABUSE, HEALTH), targets()))
                .as("in the order of 002 §13a").containsExactly(SCHOOL_ATTENDANCE, DOMESTIC_ABUSE, HEALTH);
        assertThat(PlanCriteriaRule.missingTargets(Set.of(SCHOOL_ATTENDANCE, DOMESTIC_ABUSE),
                targets(DOMESTIC_ABUSE, null, SCHOOL_ATTENDANCE))).as("every criterion has a target").isEmpty();
        assertThat(PlanCriteriaRule.missingTargets(Set.of(HEALTH), targets())).as("one criterion: not a programme family").isEmpty();
        assertThat(PlanCriteriaRule.missingTargets(Set.of(), targets())).isEmpty();
    }

    @Test
    @DisplayName("002 §3b4: a referral for school attendance and a target on domestic abuse make two criteria: attendance needs its target, named")
    void attendanceReferralWithAnotherCriterion() {
        assertThat(PlanCriteriaRule.refusal(ReferralRoute.ATTENDANCE, ConsentException.PERSISTENT_ABSENCE, targets(DOMESTIC_ABUSE)))
                .hasValueSatisfying(words -> assertThat(words).contains("The family meets 2 of the family programme criteria",
                        "needs a target for each of them (002 §3b4)", "School attendance (the referral was for school attendance below 90%)")
                        .doesNotContain("Domestic abuse"));
        assertThat(PlanCriteriaRule.refusal(ReferralRoute.ATTENDANCE, ConsentException.PERSISTENT_ABSENCE,
                targets(DOMESTIC_ABUSE, SCHOOL_ATTENDANCE))).as("both targeted").isEmpty();
        assertThat(PlanCriteriaRule.refusal(ReferralRoute.ATTENDANCE, ConsentException.PERSISTENT_ABSENCE, targets((ProgrammeCriterion) null)))
                .as("attendance alone is one criterion").isEmpty();
    }

    @Test
    @DisplayName("002 §13e-g: what the referral shows: step-down (children who need help), NEET (worklessness), youth justice (crime)")
    void whatTheReferralShows() {
        assertThat(PlanCriteriaRule.shownByReferral(ReferralRoute.STEP_DOWN, null)).containsOnlyKeys(CHILDREN_NEED_HELP);
        assertThat(PlanCriteriaRule.shownByReferral(ReferralRoute.NEET, null)).containsOnlyKeys(WORKLESSNESS);
        assertThat(PlanCriteriaRule.shownByReferral(ReferralRoute.SECTION_136, ConsentException.YOUTH_JUSTICE_ORDER))
                .containsOnlyKeys(CRIME_ASB);
        assertThat(PlanCriteriaRule.shownByReferral(ReferralRoute.ATTENDANCE, null)).containsOnlyKeys(SCHOOL_ATTENDANCE);
        assertThat(PlanCriteriaRule.shownByReferral(ReferralRoute.EARLY_HELP_ASSESSMENT, null)).isEmpty();
        assertThat(PlanCriteriaRule.refusal(ReferralRoute.STEP_DOWN, ConsentException.YOUTH_JUSTICE_ORDER, targets(CRIME_ASB)))
                .hasValueSatisfying(words -> assertThat(words).contains("Children who need help (the family was stepped down from"
                        + " children's social care)"));
    }

    @Test
    @DisplayName("002 §2b3, §3b4: a referral without consent because the family meets the criteria needs targets linked to at least two")
    void troubledFamiliesExceptionNeedsAtLeastTwoLinkedTargets() {
        assertThat(PlanCriteriaRule.refusal(ReferralRoute.EARLY_HELP_ASSESSMENT, ConsentException.TROUBLED_FAMILIES_CRITERIA, targets((ProgrammeCriterion) null)))
                .hasValueSatisfying(words -> assertThat(words).contains("at least two", "No target is linked to a criterion yet"));
        assertThat(PlanCriteriaRule.refusal(ReferralRoute.EARLY_HELP_ASSESSMENT, ConsentException.TROUBLED_FAMILIES_CRITERIA,
                targets(HEALTH, HEALTH))).hasValueSatisfying(words -> assertThat(words).contains("Targets are linked so far to: Health."));
        assertThat(PlanCriteriaRule.refusal(ReferralRoute.EARLY_HELP_ASSESSMENT, ConsentException.TROUBLED_FAMILIES_CRITERIA,
                targets(HEALTH, WORKLESSNESS))).isEmpty();
    }

    @Test
    @DisplayName("002 §3b4: a plan with no criterion shown or linked is agreed as before")
    void noCriteriaNoChange() {
        assertThat(PlanCriteriaRule.refusal(ReferralRoute.EARLY_HELP_ASSESSMENT, null, targets(null, null))).isEmpty();
        assertThat(PlanCriteriaRule.refusal(ReferralRoute.SELF_REFERRAL, null, targets(SCHOOL_ATTENDANCE))).isEmpty();
    }

    @Test
    @DisplayName("002 §13b, §3b4: the criteria the assessment found count too: health and domestic abuse found, one target on"
            + " health, the plan is refused naming domestic abuse; with both targeted it is agreed")
    void criteriaFoundAtAssessment() {
        var refusal = PlanCriteriaRule.refusal(ReferralRoute.EARLY_HELP_ASSESSMENT, null, Set.of(HEALTH, DOMESTIC_ABUSE),
                targets(HEALTH));
        assertThat(refusal).hasValueSatisfying(r -> assertThat(r).contains("meets 2 of the family programme criteria",
                "Domestic abuse (the assessment found it)").doesNotContain("Health ("));
        assertThat(PlanCriteriaRule.refusal(ReferralRoute.EARLY_HELP_ASSESSMENT, null, Set.of(HEALTH, DOMESTIC_ABUSE),
                targets(HEALTH, DOMESTIC_ABUSE))).isEmpty();
        assertThat(PlanCriteriaRule.refusal(ReferralRoute.EARLY_HELP_ASSESSMENT, null, Set.of(HEALTH), targets()))
                .as("one criterion alone asks for no linked target").isEmpty();
    }
}
