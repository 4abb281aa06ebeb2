package org.nottspartners.portal.core.persistence;

/** Someone else saved the record after the user opened it; saving now would lose their change. */
public class StaleRecordException extends RuntimeException {

    private final long currentVersion;

    public StaleRecordException(String recordType, String recordId, long expectedVersion, long currentVersion) {
        super("This " + recordType + " was changed by someone else after you opened it (you had version "
                + expectedVersion + ", it is now version " + currentVersion
                + "). Reload it to see their changes, then make yours again.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
