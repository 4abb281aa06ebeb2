package org.nottspartners.portal.earlyhelp;

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
 * The Early Help module's REST API, reached at {@code /api/{tenant}/early-help} through the core, which
 * has already checked the caller, the council and that the module is switched on there.
 */
@RequestScoped
@AllowedFor({PortalRole.CASE_WORKER, PortalRole.TEAM_MANAGER, PortalRole.GROUP_MANAGER, PortalRole.SCHOOL_STAFF, PortalRole.POLICE, PortalRole.HEALTH, PortalRole.YOUTH_JUSTICE})
@Produces(MediaType.APPLICATION_JSON)
public class EarlyHelpResource {

    @Inject
    TenantContext tenant;

    @Inject
    EarlyHelpModule module;

    /** What the module is, for the council in the address. */
    @GET
    public ModuleStatusView status() {
        return ModuleStatusView.of(module, tenant.tenantId());
    }
}
