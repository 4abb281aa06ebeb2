package org.nottspartners.portal.core.problem;

import java.util.ArrayList;
import java.util.List;
import org.nottspartners.portal.core.problem.Problem.FieldError;

/**
 * Collects what is wrong with a form, field by field, in the user's words, and refuses it whole (nothing is saved
 * half-done): the modules' services check their forms with it.
 */
public final class FieldChecks {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldChecks require(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    /** Text that is given and not too long. */
    public FieldChecks text(String value, String field, int max, String missing) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, missing));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "Shorten it to " + max + " characters (it has " + value.length() + ")"));
        }
        return this;
    }

    /** Text that may be left out, but not too long. */
    public FieldChecks optional(String value, String field, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "Shorten it to " + max + " characters (it has " + value.length() + ")"));
        }
        return this;
    }

    public FieldChecks add(List<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    /** @throws InvalidInputException naming every problem found, if any */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(List.copyOf(errors));
        }
    }

    /** The constant of an enum a form names, or null (with the problem noted) when it names none of them. */
    public <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message) {
        if (value != null) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(value)) {
                    return e;
                }
            }
        }
        errors.add(new FieldError(field, message));
        return null;
    }
}
