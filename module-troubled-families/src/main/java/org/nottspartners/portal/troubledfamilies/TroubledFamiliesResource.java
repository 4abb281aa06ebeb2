package org.nottspartners.portal.troubledfamilies;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.nottspartners.portal.core.access.AllowedFor;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.module.ModuleStatusView;
import org.nottspartners.portal.core.tenancy.TenantContext;

/**
 * The Supporting Families module's REST API, reached at {@code /api/{tenant}/troubled-families} through the core, which
 * has already checked the caller, the council and that the module is switched on there.
 */
@RequestScoped
@AllowedFor({PortalRole.Names.PERFORMANCE_TEAM, "team-manager", "group-manager"})
@Produces(MediaType.APPLICATION_JSON)
public class TroubledFamiliesResource {

    @Inject
    TenantContext tenant;

    @Inject
    TroubledFamiliesModule module;

    /** What the module is, for the council in the address. */
    @GET
    public ModuleStatusView status() {
        return ModuleStatusView.of(module, tenant.tenantId());
    }
}
