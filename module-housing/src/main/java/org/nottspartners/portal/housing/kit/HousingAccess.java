package org.nottspartners.portal.housing.kit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.scope.TenantScope;

/**
 * Who the caller is to 16/17 housing in the council of the request (RULES.md §2): council staff see the council's
 * presentations, A1s and list; a provider's staff see only what was sent to their organisation. The API and the pages
 * ask the same questions here.
 */
@ApplicationScoped
public class HousingAccess {

    @Inject
    CurrentUser caller;

    private Set<PortalRole> roles() {
        return caller.roles().rolesIn(TenantScope.current().orElse(""));
    }

    /** Housing officers, case workers and team managers of the council. */
    public boolean isStaff() {
        return roles().stream().anyMatch(HousingRoles.STAFF::contains);
    }

    /** The Homelessness Team and the Waiting List Manager. */
    public boolean isOfficer() {
        return roles().contains(HousingRoles.HOUSING_OFFICER);
    }

    /** A provider's staff in this council (and not council staff too). */
    public boolean isProviderOnly() {
        return !isStaff() && roles().contains(HousingRoles.PROVIDER);
    }

    /** The caller's organisation in the sign-in service; empty text when they have none. */
    public String organisation() {
        return caller.organisation() == null ? "" : caller.organisation();
    }

    /** How the caller is named on records. */
    public String name() {
        return caller.displayName() != null ? caller.displayName() : caller.userName();
    }

    /** The caller's user name, as the audit names them. */
    public String userName() {
        return caller.userName();
    }

    public String userId() {
        return caller.userId();
    }
}
