package org.nottspartners.portal.core.problem;

/** A rule of the service refuses the action in the record's present state; answered 409 in these words. */
public class ActionRefusedException extends RuntimeException {

    private final String title;

    public ActionRefusedException(String message) {
        this("This cannot be done now", message);
    }

    /** @param title the problem's title, what the user reads first ("The module cannot be switched") */
    public ActionRefusedException(String title, String message) {
        super(message);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
