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
                .map(s -> new ModuleRow(s.module().id(), s.module().name(), s.module().description(), s.enabled()))
                .toList();
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
    public record ModuleRow(String id, String name, String description, boolean enabled) {
    }
}
