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

    /**
     * The database refusing writes as a whole, not this request's fault (issue 27): read-only (a standby, or
     * {@code default_transaction_read_only}), out of disk or memory, or not accepting connections yet. Nothing was saved.
     */
    private static final java.util.Set<String> DATABASE_REFUSING = java.util.Set.of("25006", "53100", "53200", "57P03");

    /** What caused this: EclipseLink keeps the database's own exception as its "internal exception", not as its cause. */
    private static Throwable next(Throwable t) {
        if (t.getCause() == null && t instanceof org.eclipse.persistence.exceptions.EclipseLinkException eclipseLink) {
            return eclipseLink.getInternalException();
        }
        return t.getCause();
    }

    /**
     * The database lost in the middle (shut down, the connection broken): whether a commit that was under way took effect
     * is not known, so the caller is told to look before trying again.
     */
    private static boolean databaseLost(String state) {
        return "57P01".equals(state) || "57P02".equals(state) || state != null && state.startsWith("08");
    }

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        // the caller's mistake, found inside a wrapper (a persistence callback's refusal, the database's own)
        for (Throwable cause = e; cause != null && next(cause) != cause; cause = next(cause)) {
            if (cause instanceof InvalidInputException invalid) {
                return DomainExceptionMappers.invalid(invalid.errors());
            }
            if (cause instanceof org.nottspartners.portal.core.persistence.TextTooLongException tooLong) {
                return DomainExceptionMappers.invalid(tooLong.fields().stream()
                        .map(f -> new Problem.FieldError(f.field(), f.message())).toList());
            }
            if (cause instanceof java.sql.SQLException sql && DATABASE_REFUSING.contains(sql.getSQLState())) {
                LOG.warning(() -> "The database refused the request (" + sql.getSQLState() + "): " + sql.getMessage());
                return ProblemResponses.of(Problem.of(503, "The portal cannot do this just now",
                        "Its database is not accepting changes at the moment (it may be read-only, full or starting), so this"
                                + " could not be done and nothing has been saved. Try again in a few minutes."));
            }
            if (cause instanceof java.sql.SQLException sql && databaseLost(sql.getSQLState())) {
                LOG.warning(() -> "The database was lost during the request (" + sql.getSQLState() + "): " + sql.getMessage());
                return ProblemResponses.of(Problem.of(503, "The portal cannot do this just now",
                        "Its database stopped answering while this was being done, so it may or may not have been saved. Look"
                                + " before trying again, in a few minutes."));
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
