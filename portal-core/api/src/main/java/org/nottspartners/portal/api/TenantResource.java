package org.nottspartners.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.problem.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.module.ModuleRegistry;
import org.nottspartners.portal.core.module.ModuleStatusView;
import org.nottspartners.portal.core.module.PortalModule;
import org.nottspartners.portal.core.tenancy.TenantDirectory;

/**
 * Everything under {@code /api/{tenant}}: what the council offers the caller (its switched-on modules,
 * the caller's menu) and the one door to every module's API, {@code /api/{tenant}/{module}/...}. The
 * council is entered and checked first; a module that is not deployed or is switched off for the
 * council answers 404.
 */
@Path("{tenant}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    CurrentUser caller;

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantGate gate;

    @Inject
    ModuleRegistry modules;

    /** The modules switched on in this council, in the order they depend on each other. */
    @GET
    @Path("modules")
    public List<ModuleStatusView> modules(@PathParam("tenant") String tenant) {
        gate.enter(tenant);
        return tenants.enabledModules(tenant).stream().map(m -> ModuleStatusView.of(m, tenant)).toList();
    }

    /** The caller's menu in this council. */
    @GET
    @Path("menu")
    public List<TenantDirectory.ModuleMenu> menu(@PathParam("tenant") String tenant) {
        gate.enter(tenant);
        return tenants.menuFor(tenant, caller.roles());
    }

    /** Sub-resource locator: the module's own resource, after the checks above. */
    @Path("{module}")
    public Object module(@PathParam("tenant") String tenant, @PathParam("module") String moduleId) {
        gate.enter(tenant);
        PortalModule module = modules.find(moduleId)
                .filter(m -> tenants.isEnabled(tenant, m.id()))
                .orElseThrow(NotFoundException::new);
        if (module.roles().stream().noneMatch(caller.roles().rolesIn(tenant)::contains)) {
            throw new WebApplicationException(ProblemResponses.of(Problem.of(403, ProblemResponses.titleFor(403),
                    "Your roles in this council do not include " + module.name() + ".")));
        }
        Class<?> resource = module.apiResource().orElseThrow(NotFoundException::new);
        return CDI.current().select(resource).get();
    }
}
