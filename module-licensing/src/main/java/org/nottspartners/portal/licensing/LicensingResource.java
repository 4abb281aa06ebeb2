package org.nottspartners.portal.licensing;

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
 * The Child Licensing module's REST API, reached at {@code /api/{tenant}/licensing} through the core, which
 * has already checked the caller, the council and that the module is switched on there.
 */
@RequestScoped
@AllowedFor({LicensingRoles.Names.LICENSING_OFFICER, PortalRole.Names.PUBLIC_APPLICANT})
@Produces(MediaType.APPLICATION_JSON)
public class LicensingResource {

    @Inject
    TenantContext tenant;

    @Inject
    LicensingModule module;

    /** What the module is, for the council in the address. */
    @GET
    public ModuleStatusView status() {
        return ModuleStatusView.of(module, tenant.tenantId());
    }
}
