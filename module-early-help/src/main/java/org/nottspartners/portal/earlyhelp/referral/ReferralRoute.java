package org.nottspartners.portal.earlyhelp.referral;

/**
 * How a family comes to early help (RULES.md §3 "Referral and thresholds"; 002 §2a; 001 L1124-1217).
 * Some routes need no early help assessment form (EHAF): a Section 136 detention (002 §2a5), an
 * unauthorised encampment welfare visit (002 §2a8) and a step-down from social care (RULES.md §3).
 */
public enum ReferralRoute {
    EARLY_HELP_ASSESSMENT("Early help assessment (EHAF or CAF) by a partner", true),
    SELF_REFERRAL("Self-referral by a parent, carer or young person", true),
    STEP_DOWN("Step-down from children's social care", false),
    SECTION_136("Section 136 Mental Health Act detention", false),
    MISSING_RETURN_INTERVIEW("Missing-from-home return interview", false),
    CHILD_MISSING_EDUCATION("Child missing education", false),
    UNAUTHORISED_ENCAMPMENT("Unauthorised encampment welfare visit", false),
    ATTENDANCE("School attendance below 90%", true),
    NEET("Young person not in education, employment or training (16 or 17)", false);

    private final String label;
    private final boolean needsAssessmentForm;

    ReferralRoute(String label, boolean needsAssessmentForm) {
        this.label = label;
        this.needsAssessmentForm = needsAssessmentForm;
    }

    public String label() {
        return label;
    }

    /** Whether the referrer must complete an early help assessment form (EHAF / CAF) for this route. */
    public boolean needsAssessmentForm() {
        return needsAssessmentForm;
    }
}
