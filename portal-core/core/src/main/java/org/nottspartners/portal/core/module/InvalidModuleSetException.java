package org.nottspartners.portal.core.module;

/** The deployed modules cannot work together (a missing requirement, a duplicate id, a cycle). */
public class InvalidModuleSetException extends RuntimeException {

    public InvalidModuleSetException(String message) {
        super(message);
    }
}
