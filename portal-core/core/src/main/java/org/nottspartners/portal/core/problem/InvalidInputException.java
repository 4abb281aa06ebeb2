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

    /** A whole-number query value (a page's start, a list's size) outside its range: "Give max between 1 and 200". */
    public static void unlessBetween(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, "Give " + field + " between " + min + " and " + max);
        }
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
