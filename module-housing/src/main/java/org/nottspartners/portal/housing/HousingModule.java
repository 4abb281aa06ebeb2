package org.nottspartners.portal.housing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.module.MenuEntry;
import org.nottspartners.portal.core.module.PortalModule;

/** The descriptor of the 16/17 Housing module, discovered by the core at start-up. */
@ApplicationScoped
public class HousingModule implements PortalModule {

    public static final String ID = "housing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "16/17 Housing";
    }

    @Override
    public String description() {
        return "Homelessness of 16 and 17 year olds, the A1 referral and the supported-accommodation waiting list.";
    }



    @Override
    public Set<PortalRole> roles() {
        return USERS;
    }

    /** Housing officers, and early help's case workers and team managers. */
    static final Set<PortalRole> USERS = Set.of(HousingRoles.HOUSING_OFFICER, HousingRoles.CASE_WORKER, HousingRoles.TEAM_MANAGER);

    @Override
    public List<PortalRole> declaredRoles() {
        return HousingRoles.ALL;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("16/17 homelessness", "index.xhtml", USERS));
    }

    @Override
    public Optional<Class<?>> apiResource() {
        return Optional.of(HousingResource.class);
    }
}
