package org.nottspartners.portal.earlyhelp.casework;

/**
 * The early help assessments (RULES.md §1, §3): County's Nottinghamshire Child and Family Assessment
 * (002 §3b2, §3b3) and City's CAF with its three domains (001 L1177-1179). Which one a council uses is its
 * setting {@link EarlyHelpSettings#ASSESSMENT}.
 */
public enum AssessmentType {
    NOTTS_CHILD_AND_FAMILY_ASSESSMENT("Nottinghamshire Child and Family Assessment"),
    CAF("Common Assessment Framework (CAF)");

    private final String label;

    AssessmentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
