package org.nottspartners.portal.core.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.tenancy.TenantContext;

/**
 * Who may do what with a council's directory, for its pages and its API alike: anyone may read it (it is published);
 * the council's administrators keep all of it (organisations, places, taxonomies, imports); a partner organisation's
 * staff, as the sign-in service names their organisation, keep their own organisation's services and nothing else.
 */
@ApplicationScoped
public class DirectoryAccess {

    @Inject
    CurrentUser caller;

    @Inject
    TenantContext tenant;

    /** The council's administrators: every entry, and the directory's own data. */
    public boolean mayManage() {
        return caller.isAuthenticated() && PortalRole.anyIs(roles(), PortalRole.Kind.ADMINISTRATOR);
    }

    /** Whether the caller may change the services of this organisation. */
    public boolean mayEdit(DirectoryOrganisation organisation) {
        if (mayManage()) {
            return true;
        }
        return isStaff() && organisation != null && organisation.signInOrganisation() != null
                && caller.organisation() != null && organisation.signInOrganisation().equalsIgnoreCase(caller.organisation().trim());
    }

    /** Staff of the council or of a partner agency working in it: they keep their organisation's entries. */
    public boolean isStaff() {
        Set<PortalRole> roles = roles();
        return caller.isAuthenticated() && (PortalRole.anyIs(roles, PortalRole.Kind.COUNCIL_STAFF)
                || PortalRole.anyIs(roles, PortalRole.Kind.PARTNER) || PortalRole.anyIs(roles, PortalRole.Kind.ADMINISTRATOR));
    }

    /** The organisation the caller signed in for, if any. */
    public String callerOrganisation() {
        return caller.organisation();
    }

    private Set<PortalRole> roles() {
        return tenant.isSet() && caller.isAuthenticated() ? caller.roles().rolesIn(tenant.tenantId()) : Set.of();
    }
}
