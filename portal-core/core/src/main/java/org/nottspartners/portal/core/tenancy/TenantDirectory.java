package org.nottspartners.portal.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.identity.TenantRoles;
import org.nottspartners.portal.core.module.MenuEntry;
import org.nottspartners.portal.core.module.ModuleRegistry;
import org.nottspartners.portal.core.module.PortalModule;

/** The councils, and what each council's users see of the deployed modules. */
@ApplicationScoped
public class TenantDirectory {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ModuleRegistry modules;

    public List<Tenant> tenants() {
        return em.createQuery("select t from Tenant t order by t.id", Tenant.class).getResultList();
    }

    public Optional<Tenant> find(String tenantId) {
        return Optional.ofNullable(em.find(Tenant.class, tenantId));
    }

    /** The modules switched on for a council. */
    public List<PortalModule> enabledModules(String tenantId) {
        Map<String, Boolean> settings = em.createQuery(
                        "select s from TenantModuleSetting s where s.tenantId = :tenant", TenantModuleSetting.class)
                .setParameter("tenant", tenantId)
                .getResultList().stream()
                .collect(Collectors.toMap(TenantModuleSetting::moduleId, TenantModuleSetting::enabled));
        return modules.modules().stream()
                .filter(m -> settings.getOrDefault(m.id(), true))
                .toList();
    }

    public boolean isEnabled(String tenantId, String moduleId) {
        return enabledModules(tenantId).stream().anyMatch(m -> m.id().equals(moduleId));
    }

    /** The menu a caller sees in one council: each switched-on module with the entries the caller's roles show. */
    public List<ModuleMenu> menuFor(String tenantId, TenantRoles roles) {
        Set<PortalRole> held = roles.rolesIn(tenantId);
        return enabledModules(tenantId).stream()
                .map(m -> new ModuleMenu(m.id(), m.name(),
                        m.menuEntries().stream().filter(e -> e.isShownToAnyOf(held)).toList()))
                .filter(menu -> !menu.entries().isEmpty())
                .toList();
    }

    /** One module's part of the menu. */
    public record ModuleMenu(String moduleId, String moduleName, List<MenuEntry> entries) {
    }
}
