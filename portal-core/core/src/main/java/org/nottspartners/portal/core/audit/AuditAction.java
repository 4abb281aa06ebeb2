package org.nottspartners.portal.core.audit;

/** What was done to a record. */
public enum AuditAction {
    READ(false), CREATE(true), UPDATE(true), DELETE(true), MERGE(true), UNMERGE(true), EXPORT(false), PRINT(false),
    CONFIGURE(true);

    private final boolean change;

    AuditAction(boolean change) {
        this.change = change;
    }

    /** Whether the action changes data (and is recorded in the same transaction as the change). */
    public boolean isChange() {
        return change;
    }
}
