package org.nottspartners.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.tenancy.Tenant;
import org.nottspartners.portal.core.tenancy.TenantDirectory;

/** The home page: for each council the caller works for, the modules and pages they may use there. */
@Named("homePage")
@RequestScoped
public class HomePage {

    @Inject
    CurrentUser caller;

    @Inject
    TenantDirectory tenants;

    public List<CouncilMenu> getCouncils() {
        return tenants.tenants().stream()
                .filter(t -> caller.tenants().contains(t.id()))
                .map(t -> new CouncilMenu(t, tenants.menuFor(t.id(), caller.roles())))
                .toList();
    }

    /** One council's part of the home page. */
    public record CouncilMenu(Tenant tenant, List<TenantDirectory.ModuleMenu> modules) {
        public String getId() {
            return tenant.id();
        }

        public String getName() {
            return tenant.name();
        }

        public List<TenantDirectory.ModuleMenu> getModules() {
            return modules;
        }
    }
}
