package org.nottspartners.portal.core.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** HTTP errors raised by JAX-RS itself (unknown path, wrong method...) and by resources, as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (original.hasEntity() && original.getEntity() instanceof Problem) {
            return original;
        }
        String detail = switch (status) {
            case 400 -> "The request is missing something or could not be read. Nothing has been saved.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the format asked for.";
            case 415 -> "Send the request body as JSON (Content-Type: application/json).";
            default -> status >= 500 ? "The request failed. It has been logged; please try again later." : e.getMessage();
        };
        Response.ResponseBuilder b = ProblemResponses.builder(Problem.of(status, ProblemResponses.titleFor(status), detail));
        // keep headers such as Allow (405) and WWW-Authenticate (401)
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> b.header(name, v));
            }
        });
        return b.build();
    }
}
