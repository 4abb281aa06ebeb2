package org.nottspartners.portal.core.persistence;

/** What was sent is larger than the portal takes: answered 413 in these words, and nothing of it is saved. */
public class TooLargeException extends RuntimeException {

    public TooLargeException(String message) {
        super(message);
    }
}
