package org.nottspartners.portal.troubledfamilies;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.module.MenuEntry;
import org.nottspartners.portal.core.module.PortalModule;

/** The descriptor of the Supporting Families module, discovered by the core at start-up. */
@ApplicationScoped
public class TroubledFamiliesModule implements PortalModule {

    public static final String ID = "troubled-families";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Supporting Families";
    }

    @Override
    public String description() {
        return "Criteria screening of families and payment-by-results claims.";
    }



    @Override
    public Set<PortalRole> roles() {
        return USERS;
    }

    /** The performance team, and early help's managers (by reference: the module does not depend on early help). */
    static final Set<PortalRole> USERS = Set.of(PortalRole.PERFORMANCE_TEAM, PortalRole.reference("team-manager"),
            PortalRole.reference("group-manager"));

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("Supporting Families claims", "index.xhtml", USERS));
    }

    @Override
    public Optional<Class<?>> apiResource() {
        return Optional.of(TroubledFamiliesResource.class);
    }
}
