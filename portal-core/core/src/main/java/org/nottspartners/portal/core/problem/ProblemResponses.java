package org.nottspartners.portal.core.problem;

import jakarta.ws.rs.core.Response;

/** Builds responses carrying a {@link Problem}. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return builder(problem).build();
    }

    /** A response builder already carrying the problem, for adding headers. */
    public static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    /** A plain-words title for the HTTP statuses the API answers with. */
    public static String titleFor(int status) {
        return switch (status) {
            case 400 -> "The request is not valid";
            case 401 -> "You need to sign in";
            case 403 -> "You are not allowed to do this";
            case 404 -> "Not found";
            case 405 -> "This action is not possible here";
            case 406 -> "The requested format is not available";
            case 409 -> "Someone else changed this record";
            case 415 -> "The content type is not supported";
            case 422 -> "The request cannot be processed";
            default -> status >= 500 ? "Something went wrong on our side" : "The request could not be completed";
        };
    }
}
