package org.nottspartners.portal.core.problem;

/** A service the portal depends on cannot answer just now; answered 503 in these words, and nothing is saved. */
public class ServiceUnavailableException extends RuntimeException {

    private final String title;

    public ServiceUnavailableException(String title, String message, Throwable cause) {
        super(message, cause);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
