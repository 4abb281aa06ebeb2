package org.nottspartners.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.tenancy.Tenant;
import org.nottspartners.portal.core.tenancy.TenantDirectory;

/** What the page header shows: the caller, and the council being worked in. */
@Named("portalHeader")
@RequestScoped
public class PortalHeader {

    @Inject
    CurrentUser caller;

    @Inject
    TenantDirectory tenants;

    public String getUserName() {
        return caller.isAuthenticated() ? caller.displayName() : "";
    }

    public String getTenantId() {
        String t = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("tenant");
        return t != null && caller.tenants().contains(t) ? t : null;
    }

    public String getTenantName() {
        String id = getTenantId();
        return id == null ? "no council" : tenants.find(id).map(Tenant::name).orElse("no council");
    }

    /** The councils the caller works for. */
    public List<Tenant> getTenants() {
        return tenants.tenants().stream().filter(t -> caller.tenants().contains(t.id())).toList();
    }
}
