package org.nottspartners.portal.earlyhelp.referral;

/**
 * Where the law lets early help contact a family without consent first (RULES.md §2 "Consent";
 * 002 §1b4, §2b2, §2b3). Any other referral must evidence consent (002 §2b1).
 */
public enum ConsentException {
    PERSISTENT_ABSENCE("Attendance below 90% with unauthorised absence (002 §1b4, §2b2)"),
    CHILD_MISSING_EDUCATION("Child missing education (002 §2b3)"),
    MISSING_FROM_HOME_RETURN_INTERVIEW("Missing-from-home return interview: consent is sought at first contact (002 §2b2)"),
    UNAUTHORISED_ENCAMPMENT("Unauthorised encampment (002 §2b3)"),
    YOUTH_JUSTICE_ORDER("Youth justice order (002 §2b3)"),
    TROUBLED_FAMILIES_CRITERIA("Family meets the Troubled Families criteria (002 §2b3)");

    private final String label;

    ConsentException(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
