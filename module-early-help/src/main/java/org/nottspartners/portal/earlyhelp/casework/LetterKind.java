package org.nottspartners.portal.earlyhelp.casework;

/** The letters early help sends (RULES.md §3; 002 §3a3, §3a9, §3c3). */
public enum LetterKind {
    /** To the referrer: the front door's decision (002 §3a9: feedback to the referrer). */
    REFERRAL_OUTCOME("referral-outcome", "Referral outcome"),
    /** To the family: they are on the waiting list, with the team's contact details (002 §3a3). */
    WAITING_LIST_FAMILY("waiting-list-family", "Waiting list letter to the family"),
    /** To the referrer: the priority and the expected wait (002 §3a3). */
    WAITING_LIST_REFERRER("waiting-list-referrer", "Waiting list notice to the referrer"),
    /** To the family: make contact within 5 working days if you still want a service (002 §3c3). */
    FINAL_NON_ENGAGEMENT("final-non-engagement", "Final non-engagement letter");

    private final String template;
    private final String label;

    LetterKind(String template, String label) {
        this.template = template;
        this.label = label;
    }

    public String template() {
        return template;
    }

    public String label() {
        return label;
    }
}
