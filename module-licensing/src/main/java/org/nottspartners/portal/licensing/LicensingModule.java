package org.nottspartners.portal.licensing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.module.MenuEntry;
import org.nottspartners.portal.core.module.PortalModule;

/** The descriptor of the Child Licensing module, discovered by the core at start-up. */
@ApplicationScoped
public class LicensingModule implements PortalModule {

    public static final String ID = "licensing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Child Licensing";
    }

    @Override
    public String description() {
        return "Child performance licences, chaperone licences and child employment permits.";
    }



    @Override
    public Set<PortalRole> roles() {
        return Set.of(LicensingRoles.LICENSING_OFFICER, PortalRole.PUBLIC_APPLICANT);
    }

    @Override
    public List<PortalRole> declaredRoles() {
        return LicensingRoles.ALL;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("Licence applications", "index.xhtml", Set.of(LicensingRoles.LICENSING_OFFICER)),
                new MenuEntry("Apply for a licence", "index.xhtml", Set.of(PortalRole.PUBLIC_APPLICANT)));
    }

    @Override
    public Optional<Class<?>> apiResource() {
        return Optional.of(LicensingResource.class);
    }
}
