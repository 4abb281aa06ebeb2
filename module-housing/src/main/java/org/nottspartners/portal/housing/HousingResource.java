package org.nottspartners.portal.housing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.nottspartners.portal.core.access.AllowedFor;
import org.nottspartners.portal.core.module.ModuleStatusView;
import org.nottspartners.portal.core.tenancy.TenantContext;

/**
 * The 16/17 Housing module's REST API, reached at {@code /api/{tenant}/housing} through the core, which
 * has already checked the caller, the council and that the module is switched on there.
 */
@RequestScoped
@AllowedFor({HousingRoles.Names.HOUSING_OFFICER, "case-worker", "team-manager"})
@Produces(MediaType.APPLICATION_JSON)
public class HousingResource {

    @Inject
    TenantContext tenant;

    @Inject
    HousingModule module;

    /** What the module is, for the council in the address. */
    @GET
    public ModuleStatusView status() {
        return ModuleStatusView.of(module, tenant.tenantId());
    }
}
