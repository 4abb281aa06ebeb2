package org.nottspartners.portal.housing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nottspartners.portal.core.calendar.QualityStandard;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.module.FamilyRecordSection;
import org.nottspartners.portal.core.module.MenuEntry;
import org.nottspartners.portal.core.module.ModulePage;
import org.nottspartners.portal.core.module.PortalModule;
import org.nottspartners.portal.core.person.PersonReference;
import org.nottspartners.portal.core.settings.SettingDefinition;
import org.nottspartners.portal.housing.emergency.Presentation;
import org.nottspartners.portal.housing.kit.HousingRoles;
import org.nottspartners.portal.housing.referral.A1Referral;
import org.nottspartners.portal.housing.rules.HousingSettings;
import org.nottspartners.portal.housing.rules.HousingStandards;

/** The descriptor of the 16/17 Housing module, discovered by the core at start-up. */
@ApplicationScoped
public class HousingModule implements PortalModule {

    public static final String ID = HousingRoles.MODULE_ID;

    /** Housing officers, and early help's case workers and team managers. */
    public static final Set<PortalRole> STAFF = HousingRoles.STAFF;

    static final Set<PortalRole> OFFICERS = Set.of(HousingRoles.HOUSING_OFFICER);

    static final Set<PortalRole> PROVIDERS = Set.of(HousingRoles.PROVIDER);

    static final Set<PortalRole> SCHEME_KEEPERS = Set.of(HousingRoles.HOUSING_OFFICER, PortalRole.TENANT_ADMIN);

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
        Set<PortalRole> all = new java.util.HashSet<>(STAFF);
        all.add(HousingRoles.PROVIDER);
        all.add(PortalRole.TENANT_ADMIN);
        return Set.copyOf(all);
    }

    @Override
    public List<PortalRole> declaredRoles() {
        return HousingRoles.ALL;
    }

    /** The staff's pages, the providers' page, and the scoring scheme for the Waiting List Manager and administrators. */
    @Override
    public List<ModulePage> pages() {
        List<ModulePage> pages = new ArrayList<>(ModulePage.each(STAFF, "index.xhtml", "presentation.xhtml", "a1.xhtml"));
        pages.addAll(ModulePage.each(PROVIDERS, "provider.xhtml"));
        pages.addAll(ModulePage.each(SCHEME_KEEPERS, "scheme.xhtml"));
        return pages;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("16/17 homelessness", "index.xhtml", STAFF),
                new MenuEntry("Referrals sent to us", "provider.xhtml", PROVIDERS),
                new MenuEntry("A1 scoring scheme", "scheme.xhtml", SCHEME_KEEPERS));
    }

    @Override
    public List<QualityStandard> qualityStandards() {
        return HousingStandards.ALL;
    }

    @Override
    public List<SettingDefinition> settings() {
        return HousingSettings.ALL;
    }

    @Override
    public List<PersonReference> personReferences() {
        return List.of(PersonReference.of(Presentation.class, "personId"), PersonReference.of(A1Referral.class, "personId"));
    }

    @Override
    public List<FamilyRecordSection> familyRecordSections() {
        return List.of(new FamilyRecordSection("16/17 housing", "/housing/family-section.xhtml", STAFF));
    }

    @Override
    public Optional<Class<?>> apiResource() {
        return Optional.of(HousingResource.class);
    }
}
