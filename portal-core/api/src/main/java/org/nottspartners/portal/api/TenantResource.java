package org.nottspartners.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.NotFoundException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.nottspartners.portal.core.access.AllowedForAnyRole;
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

    /** The module resources, looked up per request (CDI.current() walks the stack each time in Payara). */
    @Inject
    Instance<Object> beans;

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
    @AllowedForAnyRole
    public List<ModuleStatusView> modules(@PathParam("tenant") String tenant) {
        return tenants.enabledModules(tenant).stream().map(m -> ModuleStatusView.of(m, tenant)).toList();
    }

    /** The caller's menu in this council. */
    @GET
    @Path("menu")
    @AllowedForAnyRole
    public List<TenantDirectory.ModuleMenu> menu(@PathParam("tenant") String tenant) {
        return tenants.menuFor(tenant, caller.roles());
    }

    /**
     * Sub-resource locator: the module's own resource. The council is entered here because locators run
     * during routing, before {@link AccessFilter}, which then checks the rule the module's method declares.
     */
    @Path("{module}")
    public Object module(@PathParam("tenant") String tenant, @PathParam("module") String moduleId) {
        if (caller.roles().isMemberOfPublic()) {
            gate.enterAsPublic(tenant); // which of the module's endpoints they may use, the access filter decides (404 for any other)
        } else {
            gate.enter(tenant);
        }
        PortalModule module = modules.find(moduleId)
                .filter(m -> tenants.isEnabled(tenant, m.id()))
                .orElseThrow(NotFoundException::new);
        Class<?> resource = module.apiResource().orElseThrow(NotFoundException::new);
        return beans.select(resource).get();
    }
}
