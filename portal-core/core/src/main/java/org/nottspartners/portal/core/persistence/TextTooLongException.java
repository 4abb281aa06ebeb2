package org.nottspartners.portal.core.persistence;

import java.util.List;

/** Text that will not fit its column, found before it is written ({@link TextLimits}); answered 400 naming each field. */
public class TextTooLongException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One field that is too long, and what to do about it in the user's words. */
    public record TooLong(String field, String message) {
    }

    private final List<TooLong> fields;

    public TextTooLongException(List<TooLong> fields) {
        super(fields.isEmpty() ? "Text too long" : fields.get(0).message());
        this.fields = List.copyOf(fields);
    }

    public List<TooLong> fields() {
        return fields;
    }
}
