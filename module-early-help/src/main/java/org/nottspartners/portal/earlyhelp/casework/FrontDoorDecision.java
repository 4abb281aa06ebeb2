package org.nottspartners.portal.earlyhelp.casework;

/**
 * What the front door decides about a referral (RULES.md §3; 002 §2a15: "case passed to team or
 * declined"; redirects by age and need: 002 §1b1, §2a10, §2a12).
 */
public enum FrontDoorDecision {
    ACCEPT_TO_TEAM("Accepted and passed to a team"),
    DECLINE("Declined"),
    REDIRECT_SOCIAL_CARE("Redirected to children's social care"),
    REDIRECT_CHILDRENS_CENTRE("Redirected to Children's Centre services (under 5)"),
    REDIRECT_NEET("Redirected to the NEET team (16 or 17)");

    private final String label;

    FrontDoorDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
