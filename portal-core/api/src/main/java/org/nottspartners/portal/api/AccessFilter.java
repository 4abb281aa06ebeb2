package org.nottspartners.portal.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.nottspartners.portal.core.access.AccessRule;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.problem.ProblemResponses;

/**
 * The one place every API call is authorised, after routing and before the resource runs: the matched
 * method must declare an access rule (nothing is open by default); a rule about a council enters the
 * council named in the address ({@link TenantGate}: 404 if the caller has no role there) and checks the
 * caller's roles in it (403 otherwise). Module resources reached through the locator are checked here
 * the same way.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    CurrentUser caller;

    @Inject
    TenantGate gate;

    @Override
    public void filter(ContainerRequestContext request) {
        var rule = AccessRule.declaredOn(resource.getResourceMethod(), resource.getResourceClass());
        if (rule.isEmpty()) {
            request.abortWith(ProblemResponses.of(Problem.of(403, ProblemResponses.titleFor(403),
                    "This action has no access rule, so nobody may use it.")));
            return;
        }
        Set<PortalRole> roles = Set.of();
        if (rule.get().needsCouncil()) {
            String tenant = request.getUriInfo().getPathParameters().getFirst("tenant");
            if (caller.roles().isMemberOfPublic() && rule.get().namesPublicApplicant()) {
                gate.enterAsPublic(tenant); // the council where the child lives, chosen by the applicant
                roles = Set.of(PortalRole.PUBLIC_APPLICANT);
            } else {
                gate.enter(tenant);
                roles = caller.roles().rolesIn(tenant);
            }
        }
        if (!rule.get().allows(roles)) {
            request.abortWith(ProblemResponses.of(Problem.of(403, ProblemResponses.titleFor(403),
                    "Your roles in this council do not allow this.")));
        }
    }
}
