package org.nottspartners.portal.earlyhelp.casework;

/**
 * The steps to engage a family that must all be taken, in this order, before a case is closed for
 * non-engagement (RULES.md §3 "Closure"; 002 §3c3).
 */
public enum EngagementStep {
    CALLS_AND_TEXTS("Telephone calls and text messages to arrange a visit"),
    LETTER_WITH_PLANNED_VISIT("Letter with the details of a planned home visit"),
    UNANNOUNCED_VISIT("Unannounced home visit (at least two, at different times of day)"),
    PROFESSIONALS_CONSULTED("Conversation with the other professionals involved"),
    FINAL_LETTER("Final letter asking the family to make contact within 5 working days");

    private final String label;

    EngagementStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
