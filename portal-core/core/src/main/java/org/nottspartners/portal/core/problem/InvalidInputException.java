package org.nottspartners.portal.core.problem;

import java.util.List;

/** Input that breaks a rule no annotation can state; answered 400 with each field in the user's words. */
public class InvalidInputException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidInputException(String field, String message) {
        super(message);
        this.errors = List.of(new Problem.FieldError(field, message));
    }

    public InvalidInputException(List<Problem.FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
