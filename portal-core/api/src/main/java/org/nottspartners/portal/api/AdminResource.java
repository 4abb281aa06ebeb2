package org.nottspartners.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.nottspartners.portal.core.access.AllowedFor;
import org.nottspartners.portal.core.audit.AuditLog;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.tenancy.TenantContext;
import org.nottspartners.portal.core.tenancy.TenantDirectory;

/** A council administrator's controls: which modules the council uses, and who looked at a record. */
@Path("{tenant}/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AllowedFor(PortalRole.TENANT_ADMIN)
public class AdminResource {

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantContext tenant;

    @Inject
    AuditLog audit;

    /** Every deployed module, and whether this council has it switched on. */
    @GET
    @Path("modules")
    public List<ModuleSwitchView> modules() {
        return tenants.moduleSwitches(tenant.tenantId()).stream()
                .map(s -> new ModuleSwitchView(s.module().id(), s.module().name(), s.enabled(),
                        List.copyOf(s.module().requiredModules())))
                .toList();
    }

    /** Switches a module on or off for this council, at once; audited. */
    @PUT
    @Path("modules/{module}")
    public ModuleSwitchView switchModule(@PathParam("module") String moduleId, ModuleSwitchForm form) {
        if (form == null || form.enabled() == null) {
            throw new InvalidInputException("enabled", "Say whether the module should be on (true) or off (false)");
        }
        tenants.switchModule(moduleId, form.enabled());
        return modules().stream().filter(m -> m.id().equals(moduleId)).findFirst().orElseThrow();
    }

    /** Who read or changed a record of this council, newest first. */
    @GET
    @Path("audit")
    public List<AuditEventView> audit(@QueryParam("type") String type, @QueryParam("id") String id,
            @QueryParam("max") @DefaultValue("100") int max) {
        QueryChecks.present("type", type, "Say which kind of record (type)");
        QueryChecks.present("id", id, "Say which record (id)");
        QueryChecks.between("max", max, 1, 1000, "Ask for between 1 and 1000 events");
        return audit.forRecord(type, id, max).stream()
                .map(e -> new AuditEventView(e.occurredAt(), e.userId(), e.userName(), e.organisation(),
                        e.action().name(), e.recordType(), e.recordId(), e.reason()))
                .toList();
    }

    /** A module and whether the council has it on. */
    public record ModuleSwitchView(String id, String name, boolean enabled, List<String> requiredModules) {
    }

    /** The administrator's choice. */
    public record ModuleSwitchForm(Boolean enabled) {
    }

    /** One audit event as an administrator reads it. */
    public record AuditEventView(OffsetDateTime occurredAt, String userId, String userName, String organisation,
            String action, String recordType, String recordId, String reason) {
    }
}
