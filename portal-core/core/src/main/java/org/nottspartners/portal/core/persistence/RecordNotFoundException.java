package org.nottspartners.portal.core.persistence;

/** No such record in the current council (whether or not one exists in another: the answer is the same). */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String message) {
        super(message);
    }
}
