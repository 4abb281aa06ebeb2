package org.nottspartners.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nottspartners.portal.core.module.ModuleRegistry;
import org.nottspartners.portal.core.module.PortalModule;
import org.nottspartners.portal.core.tenancy.ModuleSwitchRefusedException;
import org.nottspartners.portal.core.tenancy.TenantContext;
import org.nottspartners.portal.core.tenancy.TenantDirectory;

/** A council administrator switches the council's modules on and off (page access: {@link PageAccess}). */
@Named("moduleAdmin")
@RequestScoped
public class ModuleAdminPage {

    @Inject
    TenantDirectory tenants;

    @Inject
    ModuleRegistry modules;

    @Inject
    TenantContext tenant;

    public List<ModuleRow> getRows() {
        return tenants.moduleSwitches(tenant.tenantId()).stream()
                .map(s -> new ModuleRow(s.module().id(), s.module().name(), s.module().description(), s.enabled(),
                        consequence(s.module())))
                .toList();
    }

    /** What the council's users lose at once when the module is switched off, in words (issue 14). */
    private String consequence(PortalModule module) {
        List<String> entries = module.menuEntries().stream().map(e -> "\u201c" + e.label() + "\u201d").distinct().toList();
        return "Everyone in " + tenants.nameOf(tenant.tenantId()).orElse(tenant.tenantId()) + " loses " + module.name()
                + " at once: its pages" + (entries.isEmpty() ? "" : " (" + String.join(", ", entries) + ")")
                + ", its part of each family's record and its API stop answering. Its records are kept, and come back"
                + " when you switch it on again.";
    }

    public void switchModule(String moduleId, boolean enabled) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            tenants.switchModule(moduleId, enabled);
            String name = modules.find(moduleId).map(PortalModule::name).orElse(moduleId);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    name + " is now switched " + (enabled ? "on" : "off") + " for this council.", null));
        } catch (ModuleSwitchRefusedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    /** One module on the page. */
    public record ModuleRow(String id, String name, String description, boolean enabled, String consequence) {
    }
}
