package org.nottspartners.portal.core.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything unexpected: logged with a reference, answered with that reference and no internals. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    /** PostgreSQL's "value too long for type character varying(n)". */
    private static final String TEXT_TOO_LONG = "22001";

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        // the caller's mistake, found inside a wrapper (a persistence callback's refusal, the database's own)
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return DomainExceptionMappers.invalid(invalid.errors());
            }
            if (cause instanceof org.nottspartners.portal.core.persistence.TextTooLongException tooLong) {
                return DomainExceptionMappers.invalid(tooLong.fields().stream()
                        .map(f -> new Problem.FieldError(f.field(), f.message())).toList());
            }
            if (cause instanceof java.sql.SQLException sql && TEXT_TOO_LONG.equals(sql.getSQLState())) {
                return ProblemResponses.of(Problem.of(400, ProblemResponses.titleFor(400),
                        "Some text is longer than the portal can keep: shorten it. Nothing has been saved."));
            }
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, e);
        return ProblemResponses.of(Problem.of(500, ProblemResponses.titleFor(500),
                "The request failed. Quote reference " + reference + " if you contact the service desk."));
    }
}
