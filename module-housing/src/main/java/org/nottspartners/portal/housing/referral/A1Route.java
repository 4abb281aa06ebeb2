package org.nottspartners.portal.housing.referral;

/**
 * How a young person comes to the A1 (RULES.md §6; 002 §8a1, §8b), and who completes it on that route.
 */
public enum A1Route {
    EMERGENCY(true, "an emergency (homeless, sofa-surfing, overcrowding or rough sleeping)", "the Rapid Assessment Worker"),
    PLACEMENT_BREAKDOWN(true, "a placement broke down", "the Rapid Assessment Worker, with a supported accommodation panel"),
    NOTICE_AFTER_INCIDENT(true, "24 hours' notice from supported accommodation after an incident", "the Rapid Assessment Worker"),
    FROM_CARE(false, "a planned move from residential or foster care", "the social-care lead professional"),
    SERVED_NOTICE(false, "a planned move after being served notice", "the lead professional, or an EHCM case manager checks it"),
    CARE_LEAVER(false, "a care leaver aged 18 or over", "the after-care adviser"),
    OVER_18(false, "a young person aged 18 or over", "the referrer");

    private final boolean emergency;
    private final String inWords;
    private final String completedBy;

    A1Route(boolean emergency, String inWords, String completedBy) {
        this.emergency = emergency;
        this.inWords = inWords;
        this.completedBy = completedBy;
    }

    /** Emergency referrals are sent to providers who must accept them (002 §8a2). */
    public boolean emergency() {
        return emergency;
    }

    public String inWords() {
        return inWords;
    }

    /** Who RULES.md §6 says completes the A1 on this route. */
    public String completedBy() {
        return completedBy;
    }
}
