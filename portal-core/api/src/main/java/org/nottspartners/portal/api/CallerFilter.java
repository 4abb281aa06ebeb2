package org.nottspartners.portal.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.nottspartners.portal.core.identity.ClaimValues;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.TenantRoles;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.problem.ProblemResponses;

/**
 * Turns the verified bearer token into the core's {@link CurrentUser}. A request without a valid token
 * stops here with 401: nothing in the API is open; one whose token could not be checked because the sign-in service
 * does not answer gets 503 ({@link TokenKeys}). It runs before routing, so that even the module
 * locator sees the caller.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class CallerFilter implements ContainerRequestFilter {

    @Inject
    JsonWebToken token;

    @Inject
    CurrentUser caller;

    @Inject
    org.nottspartners.portal.core.module.ModuleRegistry modules;

    @Inject
    TokenKeys keys;

    @Override
    public void filter(ContainerRequestContext request) {
        JsonWebToken verified = verifiedToken(request);
        if (verified == null || verified.getRawToken() == null) {
            if (keys.uncheckable(request.getHeaderString("Authorization"))) {
                // a token was sent but could not be checked, and the sign-in service does not answer: not the caller's fault
                request.abortWith(ProblemResponses.builder(TokenKeys.unavailable()).header("Retry-After", TokenKeys.RETRY_AFTER).build());
                return;
            }
            request.abortWith(ProblemResponses.builder(Problem.of(401, ProblemResponses.titleFor(401),
                    "Send a valid, unexpired access token from the portal's sign-in service."))
                    .header("WWW-Authenticate", "Bearer realm=\"portal\"").build());
            return;
        }
        caller.resolve(verified.getSubject(),
                ClaimValues.firstString(verified.getClaim("preferred_username")).orElse(verified.getName()),
                ClaimValues.firstString(verified.getClaim("name")).orElse(verified.getName()),
                ClaimValues.firstString(verified.getClaim("organisation")).orElse(null),
                TenantRoles.fromGroups(verified.getGroups(), modules.roles()));
        if ("true".equals(String.valueOf((Object) verified.getClaim("email_verified")))) {
            ClaimValues.firstString(verified.getClaim("email")).ifPresent(caller::email);
        }
    }

    /**
     * The token Payara verified. It is the request's principal; the injected {@link JsonWebToken} is the
     * same token behind a proxy that looks the caller up again on every call, so it is used only if the
     * principal is wrapped.
     */
    private JsonWebToken verifiedToken(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (principal == null) {
            return null;
        }
        return principal instanceof JsonWebToken jwt ? jwt : token;
    }
}
