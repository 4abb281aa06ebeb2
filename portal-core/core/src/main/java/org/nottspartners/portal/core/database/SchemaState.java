package org.nottspartners.portal.core.database;

/** Whether this server has brought the schema up to date: work that reads the database in the background waits for it. */
public final class SchemaState {

    private static volatile boolean upToDate;

    private SchemaState() {
    }

    public static boolean isUpToDate() {
        return upToDate;
    }

    /** Said once by the migration at start. */
    public static void upToDate() {
        upToDate = true;
    }
}
