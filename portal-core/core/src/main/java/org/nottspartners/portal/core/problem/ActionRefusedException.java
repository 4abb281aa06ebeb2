package org.nottspartners.portal.core.problem;

/** A rule of the service refuses the action in the record's present state; answered 409 in these words. */
public class ActionRefusedException extends RuntimeException {

    public ActionRefusedException(String message) {
        super(message);
    }
}
