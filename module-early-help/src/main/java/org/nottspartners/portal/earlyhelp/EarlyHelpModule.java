package org.nottspartners.portal.earlyhelp;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.module.MenuEntry;
import org.nottspartners.portal.core.module.PortalModule;

/** The descriptor of the Early Help module, discovered by the core at start-up. */
@ApplicationScoped
public class EarlyHelpModule implements PortalModule {

    public static final String ID = "early-help";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Early Help";
    }

    @Override
    public String description() {
        return "Referrals from partners, screening, allocation, assessment, Family Action Plans, Team Around the Family meetings, reviews and closure.";
    }

    @Override
    public String version() {
        return Optional.ofNullable(getClass().getPackage().getImplementationVersion()).orElse("development");
    }

    @Override
    public String changelog() {
        return "db/changelog/early-help/changelog.xml";
    }

    @Override
    public Set<PortalRole> roles() {
        return Set.of(PortalRole.CASE_WORKER, PortalRole.TEAM_MANAGER, PortalRole.GROUP_MANAGER, PortalRole.SCHOOL_STAFF, PortalRole.POLICE, PortalRole.HEALTH, PortalRole.YOUTH_JUSTICE);
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("Early help cases", "index.xhtml", Set.of(PortalRole.CASE_WORKER, PortalRole.TEAM_MANAGER, PortalRole.GROUP_MANAGER)),
                new MenuEntry("Refer a family for early help", "index.xhtml", Set.of(PortalRole.SCHOOL_STAFF, PortalRole.POLICE, PortalRole.HEALTH, PortalRole.YOUTH_JUSTICE)));
    }

    @Override
    public Optional<Class<?>> apiResource() {
        return Optional.of(EarlyHelpResource.class);
    }
}
