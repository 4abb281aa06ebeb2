package org.nottspartners.portal.earlyhelp;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nottspartners.portal.core.calendar.QualityStandard;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.earlyhelp.roles.EarlyHelpRoles;
import org.nottspartners.portal.core.module.FamilyRecordSection;
import org.nottspartners.portal.core.module.ModulePage;
import org.nottspartners.portal.core.settings.SettingDefinition;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpSettings;
import org.nottspartners.portal.core.person.PersonReference;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpCase;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpStandards;
import org.nottspartners.portal.core.module.MenuEntry;
import org.nottspartners.portal.core.module.PersonAction;
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
    public List<PortalRole> declaredRoles() {
        return EarlyHelpRoles.ALL;
    }

    @Override
    public Set<PortalRole> roles() {
        return Set.of(EarlyHelpRoles.CASE_WORKER, EarlyHelpRoles.TEAM_MANAGER, EarlyHelpRoles.GROUP_MANAGER, PortalRole.SCHOOL_STAFF, PortalRole.POLICE, PortalRole.HEALTH, PortalRole.YOUTH_JUSTICE);
    }

    /** Partners' pages: refer and follow their referrals. Staff pages: cases and the case record. */
    static final Set<PortalRole> PARTNERS = Set.of(PortalRole.SCHOOL_STAFF, PortalRole.POLICE, PortalRole.HEALTH,
            PortalRole.YOUTH_JUSTICE, EarlyHelpRoles.CASE_WORKER, EarlyHelpRoles.TEAM_MANAGER, EarlyHelpRoles.GROUP_MANAGER);
    static final Set<PortalRole> STAFF = Set.of(EarlyHelpRoles.CASE_WORKER, EarlyHelpRoles.TEAM_MANAGER, EarlyHelpRoles.GROUP_MANAGER);
    /** Who reads the CYPP measures (001 L882, L2086-2090): the performance team and early help's managers. */
    static final Set<PortalRole> REPORTS = Set.of(PortalRole.PERFORMANCE_TEAM, EarlyHelpRoles.TEAM_MANAGER, EarlyHelpRoles.GROUP_MANAGER);

    @Override
    public List<ModulePage> pages() {
        // the case page opens to partners too: core's per-case grants then let in only its lead professional and its
        // Team around the Child (issue 23); anyone else is told there is no such case
        List<ModulePage> pages = new java.util.ArrayList<>(ModulePage.each(PARTNERS, "index.xhtml", "refer.xhtml",
                "refer-section.xhtml", "my-referrals.xhtml", "case.xhtml", "case-team.xhtml", "my-cases.xhtml"));
        pages.addAll(ModulePage.each(STAFF, "cases.xhtml", "family-section.xhtml"));
        pages.addAll(ModulePage.each(Set.of(PortalRole.TENANT_ADMIN), "teams.xhtml"));
        pages.addAll(ModulePage.each(REPORTS, "caf-measures.xhtml"));
        return pages;
    }

    @Override
    public List<SettingDefinition> settings() {
        return EarlyHelpSettings.ALL;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("Early help cases", "cases.xhtml", Set.of(EarlyHelpRoles.CASE_WORKER, EarlyHelpRoles.TEAM_MANAGER, EarlyHelpRoles.GROUP_MANAGER)),
                new MenuEntry("Refer a family for early help", "refer.xhtml", Set.of(PortalRole.SCHOOL_STAFF, PortalRole.POLICE,
                        PortalRole.HEALTH, PortalRole.YOUTH_JUSTICE, EarlyHelpRoles.CASE_WORKER, EarlyHelpRoles.TEAM_MANAGER)),
                new MenuEntry("My early help referrals", "my-referrals.xhtml", Set.of(PortalRole.SCHOOL_STAFF, PortalRole.POLICE,
                        PortalRole.HEALTH, PortalRole.YOUTH_JUSTICE, EarlyHelpRoles.CASE_WORKER, EarlyHelpRoles.TEAM_MANAGER)),
                new MenuEntry("Cases I lead or support", "my-cases.xhtml", Set.of(PortalRole.SCHOOL_STAFF, PortalRole.POLICE,
                        PortalRole.HEALTH, PortalRole.YOUTH_JUSTICE)),
                new MenuEntry("CAF measures", "caf-measures.xhtml", REPORTS),
                new MenuEntry("Early help teams and how to reach them", "teams.xhtml", Set.of(PortalRole.TENANT_ADMIN)));
    }

    @Override
    public Optional<Class<?>> apiResource() {
        return Optional.of(EarlyHelpResource.class);
    }

    @Override
    public List<QualityStandard> qualityStandards() {
        return EarlyHelpStandards.ALL;
    }

    @Override
    public List<PersonReference> personReferences() {
        return List.of(PersonReference.of(EarlyHelpCase.class, "indexChildId"));
    }

    /** A partner or council worker refers a child a search found, whether or not they may open the child's record. */
    @Override
    public List<PersonAction> foundPersonActions() {
        return List.of(new PersonAction("Refer this child for early help", "refer.xhtml", "child", rolesFor("refer.xhtml")));
    }

    @Override
    public List<FamilyRecordSection> familyRecordSections() {
        return List.of(new FamilyRecordSection("Refer for early help", "/early-help/refer-section.xhtml", PARTNERS),
                new FamilyRecordSection("Early help", "/early-help/family-section.xhtml", STAFF));
    }
}
