package org.nottspartners.portal.earlyhelp.referral;

/**
 * Where the law lets early help contact a family without consent first (RULES.md §2 "Consent";
 * 002 §1b4, §2b2, §2b3). Any other referral must evidence consent (002 §2b1).
 */
public enum ConsentException {
    PERSISTENT_ABSENCE("Attendance below 90% with unauthorised absence (002 §1b4, §2b2)",
            "school attendance below 90%, with absence the school has not authorised"),
    CHILD_MISSING_EDUCATION("Child missing education (002 §2b3)", "a child not receiving a suitable education"),
    MISSING_FROM_HOME_RETURN_INTERVIEW("Missing-from-home return interview: consent is sought at first contact (002 §2b2)",
            "a return interview after a child has been missing from home"),
    UNAUTHORISED_ENCAMPMENT("Unauthorised encampment (002 §2b3)", "an unauthorised encampment"),
    YOUTH_JUSTICE_ORDER("Youth justice order (002 §2b3)", "a youth justice order"),
    TROUBLED_FAMILIES_CRITERIA("Family meets the Troubled Families criteria (002 §2b3)",
            "a family who meet the Supporting Families programme's criteria");

    private final String label;
    private final String inFamilyWords;

    ConsentException(String label, String inFamilyWords) {
        this.label = label;
        this.inFamilyWords = inFamilyWords;
    }

    /** The reason as a letter to the family gives it: "where there is ..." (issue 22: say only what is true). */
    public String inFamilyWords() {
        return inFamilyWords;
    }

    public String label() {
        return label;
    }
}
