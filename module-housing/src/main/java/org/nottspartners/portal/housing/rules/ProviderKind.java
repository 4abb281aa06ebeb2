package org.nottspartners.portal.housing.rules;

/** The kinds of place a young person may be offered (RULES.md §6; 002 §8). */
public enum ProviderKind {
    SUPPORTED_ACCOMMODATION("supported accommodation"),
    EMERGENCY_BED("an emergency bed"),
    SUPPORTED_LODGINGS("supported lodgings"),
    BED_AND_BREAKFAST("bed and breakfast"),
    SHARED_ADULT_HOSTEL("a hostel shared with adults");

    private final String inWords;

    ProviderKind(String inWords) {
        this.inWords = inWords;
    }

    public String inWords() {
        return inWords;
    }
}
