package org.nottspartners.portal.core.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}).
 *
 * @param type   a URI naming the kind of problem ({@code about:blank} for plain HTTP statuses)
 * @param title  a short summary a user can read
 * @param status the HTTP status
 * @param detail what happened in this case, in plain words
 * @param errors for invalid input, one entry per field that is wrong
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }

    /** One field of the input that is wrong, and what is wrong with it in the user's words. */
    public record FieldError(String field, String message) {
    }
}
