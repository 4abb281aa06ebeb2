package org.nottspartners.portal.core.directory;

import java.util.Arrays;
import java.util.Optional;

/** Whether a service is running, in the standard's words (one has a space in it). */
public enum ServiceStatus {
    ACTIVE("active", "Running"),
    INACTIVE("inactive", "Not running at the moment"),
    DEFUNCT("defunct", "Closed for good"),
    TEMPORARILY_CLOSED("temporarily closed", "Temporarily closed");

    private final String standardName;
    private final String label;

    ServiceStatus(String standardName, String label) {
        this.standardName = standardName;
        this.label = label;
    }

    /** As Open Referral publishes it. */
    public String standardName() {
        return standardName;
    }

    public String label() {
        return label;
    }

    /** By the standard's name or the constant's name. */
    public static Optional<ServiceStatus> of(String value) {
        return Arrays.stream(values()).filter(s -> s.standardName.equalsIgnoreCase(value) || s.name().equalsIgnoreCase(value))
                .findFirst();
    }
}
