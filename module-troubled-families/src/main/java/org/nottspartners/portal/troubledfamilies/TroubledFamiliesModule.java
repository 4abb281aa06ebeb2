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
        Set<PortalRole> all = new java.util.HashSet<>(USERS);
        all.add(PortalRole.TENANT_ADMIN);
        return Set.copyOf(all);
    }

    @Override
    public List<org.nottspartners.portal.core.settings.SettingDefinition> settings() {
        return org.nottspartners.portal.troubledfamilies.rules.SupportingFamiliesSettings.ALL;
    }

    @Override
    public List<org.nottspartners.portal.core.person.PersonReference> personReferences() {
        return List.of(org.nottspartners.portal.core.person.PersonReference.of(
                org.nottspartners.portal.troubledfamilies.families.FamilyScreening.class, "indexChildId"),
                org.nottspartners.portal.core.person.PersonReference.of(
                        org.nottspartners.portal.troubledfamilies.families.PersonFlag.class, "personId"));
    }

    /** The performance team, and early help's managers (by reference: the module does not depend on early help). */
    /** Who reads the families and claims page: the performance team and early help's managers. */
    static final Set<PortalRole> READERS = Set.of(PortalRole.PERFORMANCE_TEAM, PortalRole.reference("team-manager"),
            PortalRole.reference("group-manager"));

    /** Who uses the module: its readers, and early help's case workers who screen families at assessment. */
    static final Set<PortalRole> USERS = Set.of(PortalRole.PERFORMANCE_TEAM, PortalRole.reference("case-worker"),
            PortalRole.reference("team-manager"), PortalRole.reference("group-manager"));

    /** The families and claims page for its readers, as the API's exports (not administrators: case content, RULES.md §2). */
    @Override
    public List<org.nottspartners.portal.core.module.ModulePage> pages() {
        return org.nottspartners.portal.core.module.ModulePage.each(READERS, "index.xhtml");
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("Supporting Families claims", "index.xhtml", READERS));
    }

    @Override
    public Optional<Class<?>> apiResource() {
        return Optional.of(TroubledFamiliesResource.class);
    }
}
