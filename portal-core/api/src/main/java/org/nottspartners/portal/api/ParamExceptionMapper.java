package org.nottspartners.portal.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.glassfish.jersey.server.ParamException;
import org.nottspartners.portal.core.problem.DomainExceptionMappers;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.problem.ProblemResponses;

/**
 * A parameter that could not be read as what the endpoint takes ({@code max=abc}, {@code max=1e11},
 * {@code first=1e3}). JAX-RS answers such a query parameter with 404, as if the address did not exist; it
 * is the caller's mistake in one field, so it is a 400 problem naming the field. A path segment that is
 * not an id (a malformed UUID) still means there is nothing at that address: 404.
 */
@Provider
public class ParamExceptionMapper implements ExceptionMapper<ParamException> {

    @Override
    public Response toResponse(ParamException e) {
        if (e instanceof ParamException.PathParamException) {
            return ProblemResponses.of(Problem.of(404, ProblemResponses.titleFor(404), "There is nothing at this address."));
        }
        String name = e.getParameterName();
        return DomainExceptionMappers.invalid(List.of(new Problem.FieldError(name, "Give " + name + " as " + expected(e.getParameterType()))));
    }

    static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number, like 20";
        }
        if (type == java.util.UUID.class) {
            return "an id the portal gave";
        }
        if (type == java.time.LocalDate.class) {
            return "a date, like 2026-11-30";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "a value the portal can read";
    }
}
