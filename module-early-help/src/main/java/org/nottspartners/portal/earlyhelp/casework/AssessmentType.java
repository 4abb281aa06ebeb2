package org.nottspartners.portal.earlyhelp.casework;

/**
 * The early help assessments (RULES.md §1, §3): County's Nottinghamshire Child and Family Assessment
 * (002 §3b2, §3b3) and City's CAF with its three domains (001 L1177-1179).
 */
public enum AssessmentType {
    NOTTS_CHILD_AND_FAMILY_ASSESSMENT("Nottinghamshire Child and Family Assessment", "county"),
    CAF("Common Assessment Framework (CAF)", "city");

    private final String label;
    private final String council;

    AssessmentType(String label, String council) {
        this.label = label;
        this.council = council;
    }

    public String label() {
        return label;
    }

    /** The council whose assessment it is. */
    public String council() {
        return council;
    }

    /** The assessment a council uses. */
    public static AssessmentType of(String council) {
        return "city".equals(council) ? CAF : NOTTS_CHILD_AND_FAMILY_ASSESSMENT;
    }
}
