package org.nottspartners.portal.core.problem;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;

/** The core's own exceptions as problems, in the words of the exception. */
public final class DomainExceptionMappers {

    private DomainExceptionMappers() {
    }

    /** Every mapper here, for the API's application class. */
    public static List<Class<?>> all() {
        return List.of(StaleRecord.class, OptimisticLock.class, NotFound.class, ActionRefused.class,
                InvalidInput.class, RuleViolations.class, UnreadableInput.class, UnreadableJson.class,
                Unavailable.class, TooLarge.class, NotAllowed.class);
    }

    /** JSON-B names the property it could not read, e.g. "Unable to deserialize property 'urgent' because of: ...". */
    private static final java.util.regex.Pattern PROPERTY = java.util.regex.Pattern.compile("property '([A-Za-z0-9_]+)'");

    /**
     * A body that could not be read: the field that could not be, and what it should have been, when the
     * reader says which; otherwise the body as a whole.
     */
    static Response unreadable(Throwable e) {
        String field = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            java.util.regex.Matcher m = PROPERTY.matcher(message);
            if (field == null && m.find()) {
                field = m.group(1);
            }
        }
        if (field == null) {
            return ProblemResponses.of(Problem.of(400, ProblemResponses.titleFor(400),
                    "The request body could not be read. Send JSON in the documented form; nothing has been saved."));
        }
        return invalid(List.of(new Problem.FieldError(field, "Give " + field + " as the kind of value the documentation"
                + " shows (text, a number, true or false, a date like 2026-11-30, or one of the listed words)")));
    }

    /** 400 listing each field that is wrong. */
    public static Response invalid(List<Problem.FieldError> errors) {
        return ProblemResponses.of(new Problem("about:blank", ProblemResponses.titleFor(400), 400,
                "Some answers need correcting; nothing has been saved.", errors));
    }

    @Provider
    public static class StaleRecord implements ExceptionMapper<StaleRecordException> {
        @Override
        public Response toResponse(StaleRecordException e) {
            return ProblemResponses.of(Problem.of(409, ProblemResponses.titleFor(409), e.getMessage()));
        }
    }

    @Provider
    public static class OptimisticLock implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return ProblemResponses.of(Problem.of(409, ProblemResponses.titleFor(409),
                    "Someone else saved this record while you were saving it. Reload it to see their changes, then make yours again."));
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<RecordNotFoundException> {
        @Override
        public Response toResponse(RecordNotFoundException e) {
            return ProblemResponses.of(Problem.of(404, ProblemResponses.titleFor(404), e.getMessage()));
        }
    }

    @Provider
    public static class Unavailable implements ExceptionMapper<ServiceUnavailableException> {
        @Override
        public Response toResponse(ServiceUnavailableException e) {
            return ProblemResponses.of(Problem.of(503, e.title(), e.getMessage()));
        }
    }

    @Provider
    public static class TooLarge implements ExceptionMapper<org.nottspartners.portal.core.persistence.TooLargeException> {
        @Override
        public Response toResponse(org.nottspartners.portal.core.persistence.TooLargeException e) {
            return ProblemResponses.of(Problem.of(413, "Too large", e.getMessage()));
        }
    }

    @Provider
    public static class NotAllowed implements ExceptionMapper<NotAllowedException> {
        @Override
        public Response toResponse(NotAllowedException e) {
            return ProblemResponses.of(Problem.of(403, ProblemResponses.titleFor(403), e.getMessage()));
        }
    }

    @Provider
    public static class ActionRefused implements ExceptionMapper<ActionRefusedException> {
        @Override
        public Response toResponse(ActionRefusedException e) {
            return ProblemResponses.of(Problem.of(409, e.title(), e.getMessage()));
        }
    }

    /** Bean Validation: one entry per field, in the message the constraint gives (the user's words). */
    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return invalid(errors);
        }

        private static String field(ConstraintViolation<?> v) {
            String path = v.getPropertyPath().toString();
            int dot = path.lastIndexOf('.');
            return dot < 0 ? path : path.substring(dot + 1);
        }
    }

    @Provider
    public static class RuleViolations implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return invalid(e.errors());
        }
    }

    @Provider
    public static class UnreadableInput implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return unreadable(e);
        }
    }

    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(e);
        }
    }
}
