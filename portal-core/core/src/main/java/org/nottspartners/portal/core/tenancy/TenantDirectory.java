package org.nottspartners.portal.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.cache.CouncilCache;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.identity.TenantRoles;
import org.nottspartners.portal.core.scope.TenantScope;
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

    /** Each council's modules that are switched off (a module is on unless its council switched it off). */
    private final CouncilCache<String, Set<String>> switchedOff = CouncilCache.named("modules");

    /** Each council's name, by id. */
    private final CouncilCache<String, Optional<String>> names = CouncilCache.named("council-names");

    public List<Tenant> tenants() {
        return em.createQuery("select t from Tenant t order by t.id", Tenant.class).getResultList();
    }

    public Optional<Tenant> find(String tenantId) {
        return Optional.ofNullable(em.find(Tenant.class, tenantId));
    }

    /** A council's name, if there is such a council: asked on every request, so kept in memory. */
    public Optional<String> nameOf(String tenantId) {
        return tenantId == null ? Optional.empty() : names.get(tenantId, id -> find(id).map(Tenant::name));
    }

    /** The modules switched on for a council. */
    public List<PortalModule> enabledModules(String tenantId) {
        Set<String> off = switchedOff.get(tenantId, id -> em.createQuery(
                        "select s.moduleId from TenantModuleSetting s where s.tenantId = :tenant and s.enabled = false", String.class)
                .setParameter("tenant", id)
                .getResultList().stream().collect(Collectors.toUnmodifiableSet()));
        return modules.modules().stream()
                .filter(m -> !off.contains(m.id()))
                .toList();
    }

    public boolean isEnabled(String tenantId, String moduleId) {
        return enabledModules(tenantId).stream().anyMatch(m -> m.id().equals(moduleId));
    }

    /** Every deployed module and whether the council has it switched on, for its administrators. */
    public List<ModuleSwitch> moduleSwitches(String tenantId) {
        List<PortalModule> on = enabledModules(tenantId);
        return modules.modules().stream().map(m -> new ModuleSwitch(m, on.contains(m))).toList();
    }

    /** A deployed module and whether a council has it on. */
    public record ModuleSwitch(PortalModule module, boolean enabled) {
    }

    /** The councils that have a module switched on: scheduled work of the module runs for these only. */
    public List<String> tenantsWithModule(String moduleId) {
        return tenants().stream().map(Tenant::id).filter(t -> isEnabled(t, moduleId)).toList();
    }

    /**
     * Switches a module on or off for the current council, at once and audited. A module cannot be
     * switched on while a module it requires is off, nor off while a switched-on module requires it.
     * Its data is untouched either way.
     */
    @Transactional
    public void switchModule(String moduleId, boolean enabled) {
        String tenantId = TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
        PortalModule module = modules.find(moduleId).orElseThrow(() -> new ModuleSwitchRefusedException(
                "There is no module '" + moduleId + "' in this portal."));
        ModuleSwitchRule.refusal(module, enabled, enabledModules(tenantId),
                        id -> modules.find(id).map(PortalModule::name).orElse(id))
                .ifPresent(why -> {
                    throw new ModuleSwitchRefusedException(why);
                });
        TenantModuleSetting setting = em.find(TenantModuleSetting.class, new TenantModuleSetting.Key(tenantId, moduleId));
        if (setting == null) {
            em.persist(new TenantModuleSetting(tenantId, moduleId, enabled));
        } else {
            setting.switchTo(enabled);
        }
        em.flush();
        switchedOff.changed(tenantId);
        AuditTrail.record(AuditAction.CONFIGURE, "module", moduleId, enabled ? "switched on" : "switched off");
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
