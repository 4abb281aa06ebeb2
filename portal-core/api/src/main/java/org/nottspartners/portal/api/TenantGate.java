package org.nottspartners.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.problem.ProblemResponses;
import org.nottspartners.portal.core.tenancy.TenantContext;
import org.nottspartners.portal.core.tenancy.TenantDirectory;

/**
 * Enters the council named in the address, after checking that it exists and the caller holds a role
 * there. A council the caller has no role in answers 404, exactly like one that does not exist, so
 * that the answer leaks nothing.
 */
@RequestScoped
public class TenantGate {

    @Inject
    CurrentUser caller;

    @Inject
    TenantContext context;

    @Inject
    TenantDirectory tenants;

    public void enter(String tenant) {
        if (!caller.tenants().contains(tenant) || tenants.nameOf(tenant).isEmpty()) {
            throw new WebApplicationException(ProblemResponses.of(Problem.of(404, ProblemResponses.titleFor(404),
                    "There is no council '" + tenant + "' that you work for.")));
        }
        context.enter(tenant);
    }

    /** Enters a council for a member of the public: any council that exists; 404 for one that does not. */
    public void enterAsPublic(String tenant) {
        if (tenant == null || tenants.nameOf(tenant).isEmpty()) {
            throw new WebApplicationException(ProblemResponses.of(Problem.of(404, ProblemResponses.titleFor(404),
                    "There is no council '" + tenant + "' in the portal.")));
        }
        context.enter(tenant);
    }
}
