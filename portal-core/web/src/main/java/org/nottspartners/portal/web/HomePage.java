package org.nottspartners.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.access.FamilyRecordAccess;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.tenancy.TenantContext;
import org.nottspartners.portal.core.tenancy.TenantDirectory;

/** A council's home page: the modules and pages the caller's roles open there. */
@Named("homePage")
@RequestScoped
public class HomePage {

    @Inject
    CurrentUser caller;

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantContext tenant;

    public List<TenantDirectory.ModuleMenu> getModules() {
        return tenants.menuFor(tenant.tenantId(), caller.roles());
    }

    /** Those who may search before create (RULES.md §2): offered "Find a person". */
    public boolean isMayFindPeople() {
        return FamilyRecordAccess.FIND.allows(caller.roles().rolesIn(tenant.tenantId()));
    }

    /** Staff whose work has quality-standard clocks: offered the dashboard. */
    public boolean isMaySeeClocks() {
        return org.nottspartners.portal.core.clock.StandardClocks.isStaff(caller.roles().rolesIn(tenant.tenantId()));
    }

    /** The services directory's staff pages, opened by the same rule as {@link PageAccess}. */
    public boolean isMayUseDirectory() {
        return PageAccess.isDirectoryReader(caller.roles().rolesIn(tenant.tenantId()));
    }

    public boolean isAdministrator() {
        return caller.roles().has(tenant.tenantId(), PortalRole.TENANT_ADMIN);
    }
}
