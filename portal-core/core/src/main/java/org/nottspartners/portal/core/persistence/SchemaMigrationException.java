package org.nottspartners.portal.core.persistence;

/** The database schema could not be brought up to date; the portal must not start on it. */
public class SchemaMigrationException extends RuntimeException {

    public SchemaMigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
