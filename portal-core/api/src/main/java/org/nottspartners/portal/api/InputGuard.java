package org.nottspartners.portal.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.problem.ProblemResponses;

/**
 * What every request must be before any resource sees it, for every endpoint of core and the modules:
 * a body of at most {@link #MOST_BODY_BYTES} (larger is answered 413 at once, before it is read, or as
 * soon as a body without a length passes the limit); query values of at most {@link #LONGEST_QUERY_VALUE}
 * characters; and no control characters (a NUL among them, which PostgreSQL refuses in text) in any
 * query value or any text of a body. Each refusal is a problem naming the field, and nothing is written.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 100)
public class InputGuard implements ContainerRequestFilter, ReaderInterceptor {

    /** 1 MiB: the largest form is a few kilobytes; register files (attendance) have their own limit ({@code LimitsItsOwnBody}). */
    static final long MOST_BODY_BYTES = 1L << 20;
    /** Longer than any name, postcode or identifier a search needs. */
    static final int LONGEST_QUERY_VALUE = 500;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.container.ResourceInfo resource;

    /** Whether the matched endpoint streams a large body under a limit of its own. */
    private boolean ownLimit() {
        return resource != null && resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(org.nottspartners.portal.core.problem.LimitsItsOwnBody.class);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean ownLimit = ownLimit();
        if (!ownLimit && request.getLength() > MOST_BODY_BYTES) {
            throw tooLarge();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        request.getUriInfo().getQueryParameters().forEach((name, values) -> values.forEach(value -> {
            if (value.length() > LONGEST_QUERY_VALUE) {
                errors.add(new Problem.FieldError(name, "Make " + name + " shorter: at most " + LONGEST_QUERY_VALUE + " characters"));
            } else if (hasControlCharacter(value)) {
                errors.add(new Problem.FieldError(name, "Remove the control characters from " + name));
            }
        }));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (request.hasEntity() && !ownLimit) {
            request.setEntityStream(new Limited(request.getEntityStream()));
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (ownLimit()) {
            return context.proceed(); // streamed as it comes, whatever its content type says: never read into memory here
        }
        if (context.getMediaType() != null && context.getMediaType().getSubtype().endsWith("json")) {
            byte[] raw = context.getInputStream().readAllBytes();
            List<Problem.FieldError> kinds = JsonKinds.mismatches(raw, context.getType());
            if (!kinds.isEmpty()) {
                throw new InvalidInputException(kinds);
            }
            context.setInputStream(new java.io.ByteArrayInputStream(raw));
        }
        Object body = context.proceed();
        List<Problem.FieldError> errors = new ArrayList<>();
        TextFields.each(body, (field, text) -> {
            if (hasControlCharacter(text)) {
                errors.add(new Problem.FieldError(field, "Remove the control characters from " + field));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return body;
    }

    /** NUL and the other C0 controls but tab, line feed and carriage return (which a note may hold): core's rule. */
    static boolean hasControlCharacter(String text) {
        return org.nottspartners.portal.core.problem.ControlCharacters.in(text);
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException(ProblemResponses.of(Problem.of(413, "The request is too large",
                "Send at most " + (MOST_BODY_BYTES >> 10) + " KB in one request. Nothing has been saved.")));
    }

    /** A body that stops being read, with a 413, as soon as it passes the limit. */
    private static final class Limited extends FilterInputStream {
        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > MOST_BODY_BYTES) {
                throw tooLarge();
            }
        }
    }

    /**
     * A body's top-level values checked against the kinds of the form's fields before JSON-B reads it:
     * JSON-B turns {@code "interpreterNeeded": "yes"} into false and {@code "givenName": 12345} into "12345",
     * storing what the caller did not say. Yes or no must be JSON's true or false, text must be in quotes,
     * a number must be a number. Bodies that are not JSON objects are left to JSON-B, which refuses them.
     */
    static final class JsonKinds {

        private JsonKinds() {
        }

        static List<Problem.FieldError> mismatches(byte[] raw, Class<?> form) {
            List<Problem.FieldError> errors = new ArrayList<>();
            jakarta.json.JsonValue parsed;
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(raw))) {
                parsed = reader.readValue();
            } catch (RuntimeException notJson) {
                return errors; // JSON-B says it cannot be read
            }
            if (!(parsed instanceof jakarta.json.JsonObject object)) {
                return errors;
            }
            java.util.Map<String, Class<?>> fields = new java.util.HashMap<>();
            if (form.isRecord()) {
                for (var c : form.getRecordComponents()) {
                    fields.put(c.getName(), c.getType());
                }
            } else {
                for (var f : form.getFields()) {
                    if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                        fields.put(f.getName(), f.getType());
                    }
                }
            }
            object.forEach((name, value) -> {
                Class<?> type = fields.get(name);
                String expected = type == null || value.getValueType() == jakarta.json.JsonValue.ValueType.NULL ? null
                        : expected(type, value.getValueType());
                if (expected != null) {
                    errors.add(new Problem.FieldError(name, "Give " + name + " as " + expected));
                }
            });
            return errors;
        }

        /** What the field should have been, or null when the value is of its kind. */
        private static String expected(Class<?> type, jakarta.json.JsonValue.ValueType kind) {
            if (type == boolean.class || type == Boolean.class) {
                return kind == jakarta.json.JsonValue.ValueType.TRUE || kind == jakarta.json.JsonValue.ValueType.FALSE
                        ? null : "true or false";
            }
            if (type == String.class) {
                return kind == jakarta.json.JsonValue.ValueType.STRING ? null : "text in quotes";
            }
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                return kind == jakarta.json.JsonValue.ValueType.NUMBER ? null : "a whole number";
            }
            return null;
        }
    }

    /** Every piece of text in a request body (records, lists, maps), each with its field's name. */
    static final class TextFields {

        private static final int DEEPEST = 6;

        interface Visitor {
            void text(String field, String text);
        }

        private TextFields() {
        }

        static void each(Object body, Visitor visitor) {
            walk("", body, visitor, 0);
        }

        private static void walk(String field, Object value, Visitor visitor, int depth) {
            if (value == null || depth > DEEPEST) {
                return;
            }
            if (value instanceof String s) {
                visitor.text(field.isEmpty() ? "body" : field, s);
            } else if (value instanceof Iterable<?> items) {
                int i = 0;
                for (Object item : items) {
                    walk(field + "[" + i++ + "]", item, visitor, depth + 1);
                }
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> walk(join(field, String.valueOf(k)), v, visitor, depth + 1));
            } else if (value.getClass().isRecord()) {
                for (var component : value.getClass().getRecordComponents()) {
                    try {
                        component.getAccessor().setAccessible(true);
                        walk(join(field, component.getName()), component.getAccessor().invoke(value), visitor, depth + 1);
                    } catch (ReflectiveOperationException | RuntimeException unreadable) {
                        // not a form's field
                    }
                }
            } else if (value.getClass().getName().startsWith("org.nottspartners.")) {
                for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (var f : c.getDeclaredFields()) {
                        if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                            continue;
                        }
                        try {
                            f.setAccessible(true);
                            walk(join(field, f.getName()), f.get(value), visitor, depth + 1);
                        } catch (ReflectiveOperationException | RuntimeException unreadable) {
                            // not a form's field
                        }
                    }
                }
            }
        }

        private static String join(String parent, String name) {
            return parent.isEmpty() ? name : parent + "." + name;
        }
    }
}
