package org.nottspartners.portal.core.problem;

/**
 * The caller may see the record but not do this to it (a partner organisation changing another organisation's
 * directory entry); answered 403 in these words. Where even the record's existence is not the caller's to know,
 * services answer "not found" instead.
 */
public class NotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAllowedException(String message) {
        super(message);
    }
}
