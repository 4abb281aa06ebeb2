package org.nottspartners.portal.core.consent;

/** Whether consent was given, declined or withdrawn, in the words the pages show. */
public enum ConsentStatus {
    GIVEN("Given"),
    DECLINED("Declined"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ConsentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
