package org.nottspartners.portal.earlyhelp.casework;

/**
 * How often the lead professional must see the family face to face (002 §3c5, RULES.md §3 "Minimum
 * contact"; a phone call does not count): fortnightly until the first TAF meeting, monthly until the first review, six-weekly after
 * that; a case open only for family programme monitoring needs a phone call every 3 months. Each is a
 * quality standard of its own, so that a council can change its timescale from a date.
 */
public enum ContactFrequency {
    FORTNIGHTLY(EarlyHelpStandards.CONTACT, "fortnightly, until the first TAF meeting"),
    MONTHLY(EarlyHelpStandards.CONTACT_MONTHLY, "monthly, until the first review"),
    SIX_WEEKLY(EarlyHelpStandards.CONTACT_SIX_WEEKLY, "six-weekly, after the first review"),
    MONITORING_CALL(EarlyHelpStandards.MONITORING_CALL, "a phone call every 3 months (family programme monitoring only)");

    private final String standardId;
    private final String inWords;

    ContactFrequency(String standardId, String inWords) {
        this.standardId = standardId;
        this.inWords = inWords;
    }

    /**
     * The frequency in force (002 §3c5): fortnightly until the first TAF meeting, monthly from it until the first
     * review, six-weekly after the first review. The first review is the first TAF meeting recorded as a review
     * (002 §3b5), not simply the second meeting.
     *
     * @param tafMeetingsHeld TAF meetings held on the case so far
     * @param reviewHeld      whether one of them was recorded as a review
     * @param monitoringOnly  whether the case is open only to monitor family programme outcomes
     */
    public static ContactFrequency inForce(int tafMeetingsHeld, boolean reviewHeld, boolean monitoringOnly) {
        if (tafMeetingsHeld < 0) {
            throw new IllegalArgumentException("A case cannot have held " + tafMeetingsHeld + " TAF meetings");
        }
        if (monitoringOnly) {
            return MONITORING_CALL;
        }
        if (reviewHeld) {
            return SIX_WEEKLY;
        }
        return tafMeetingsHeld == 0 ? FORTNIGHTLY : MONTHLY;
    }

    /** The quality standard whose clock measures this frequency. */
    public String standardId() {
        return standardId;
    }

    public String inWords() {
        return inWords;
    }

    /** Every contact standard: one of them runs on an allocated case at a time. */
    public static String[] standardIds() {
        ContactFrequency[] all = values();
        String[] ids = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            ids[i] = all[i].standardId;
        }
        return ids;
    }
}
