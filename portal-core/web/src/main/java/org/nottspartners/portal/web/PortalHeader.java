package org.nottspartners.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.tenancy.Tenant;
import org.nottspartners.portal.core.tenancy.TenantContext;
import org.nottspartners.portal.core.tenancy.TenantDirectory;

/** What the page header shows: the caller, the council being worked in, and the caller's other councils. */
@Named("portalHeader")
@RequestScoped
public class PortalHeader {

    @Inject
    CurrentUser caller;

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantContext tenant;

    @Inject
    org.nottspartners.portal.core.tenancy.TenantSettings settings;

    @Inject
    org.nottspartners.portal.core.time.Today today;

    public String getUserName() {
        return caller.isAuthenticated() ? caller.displayName() : "";
    }

    public String getTenantId() {
        return tenant.isSet() ? tenant.tenantId() : null;
    }

    public String getTenantName() {
        return tenant.isSet() ? tenants.nameOf(tenant.tenantId()).orElse("") : "no council";
    }

    /** The council's notice for every page (its setting): that its data is generated demo data, say; empty for none. */
    public String getNotice() {
        String notice = tenant.isSet() ? settings.text(org.nottspartners.portal.core.tenancy.PortalSettings.NOTICE, today.date()) : "";
        return "none".equalsIgnoreCase(notice.strip()) ? "" : notice;
    }

    /** The other councils the caller works for: the header offers to switch to these, and only these. */
    public List<Tenant> getOtherTenants() {
        return tenants.tenants().stream()
                .filter(t -> caller.tenants().contains(t.id()))
                .filter(t -> !t.id().equals(getTenantId()))
                .toList();
    }
}
