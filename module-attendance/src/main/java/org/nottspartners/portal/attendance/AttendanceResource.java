package org.nottspartners.portal.attendance;

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
 * The School Attendance module's REST API, reached at {@code /api/{tenant}/attendance} through the core, which
 * has already checked the caller, the council and that the module is switched on there.
 */
@RequestScoped
@AllowedFor({AttendanceRoles.Names.ATTENDANCE_OFFICER, AttendanceRoles.Names.ENFORCEMENT_OFFICER, PortalRole.Names.SCHOOL_STAFF,
        "case-worker"})
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    @Inject
    TenantContext tenant;

    @Inject
    AttendanceModule module;

    /** What the module is, for the council in the address. */
    @GET
    public ModuleStatusView status() {
        return ModuleStatusView.of(module, tenant.tenantId());
    }
}
