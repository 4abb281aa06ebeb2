package org.nottspartners.portal.licensing;

import org.nottspartners.portal.licensing.roles.LicensingRoles;
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
        return Set.of(LicensingRoles.LICENSING_OFFICER, PortalRole.PUBLIC_APPLICANT, PortalRole.SCHOOL_STAFF);
    }

    @Override
    public List<PortalRole> declaredRoles() {
        return LicensingRoles.ALL;
    }

    /** The officer's pages, and the public's application pages (GOV.UK patterns), each for its own role only. */
    @Override
    public List<org.nottspartners.portal.core.module.ModulePage> pages() {
        List<org.nottspartners.portal.core.module.ModulePage> pages = new java.util.ArrayList<>(
                org.nottspartners.portal.core.module.ModulePage.each(Set.of(LicensingRoles.LICENSING_OFFICER), "index.xhtml",
                        "application.xhtml", "unlicensed.xhtml"));
        pages.addAll(org.nottspartners.portal.core.module.ModulePage.each(Set.of(PortalRole.PUBLIC_APPLICANT), PUBLIC_PAGES));
        pages.addAll(org.nottspartners.portal.core.module.ModulePage.each(Set.of(PortalRole.SCHOOL_STAFF), "school-views.xhtml"));
        return pages;
    }

    /** The pages of an application online, for members of the public. */
    static final String[] PUBLIC_PAGES = {"apply.xhtml", "tasks.xhtml", "child.xhtml", "parent.xhtml", "work.xhtml", "days.xhtml",
        "chaperone.xhtml", "you.xhtml", "references.xhtml", "organisation.xhtml", "approvals.xhtml", "invite.xhtml", "parent-part.xhtml", "documents.xhtml", "remove-day.xhtml", "check.xhtml", "sent.xhtml", "report.xhtml", "reported.xhtml"};

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("Licence applications", "index.xhtml", Set.of(LicensingRoles.LICENSING_OFFICER)),
                new MenuEntry("Unlicensed work", "unlicensed.xhtml", Set.of(LicensingRoles.LICENSING_OFFICER)),
                new MenuEntry("Apply for a licence", "apply.xhtml", Set.of(PortalRole.PUBLIC_APPLICANT)),
                new MenuEntry("Licences: the school's view", "school-views.xhtml", Set.of(PortalRole.SCHOOL_STAFF)));
    }

    @Override
    public List<org.nottspartners.portal.core.calendar.QualityStandard> qualityStandards() {
        return org.nottspartners.portal.licensing.applications.LicensingStandards.ALL;
    }

    @Override
    public List<org.nottspartners.portal.core.settings.SettingDefinition> settings() {
        return org.nottspartners.portal.licensing.rules.LicensingSettings.ALL;
    }

    @Override
    public Optional<Class<?>> apiResource() {
        return Optional.of(LicensingResource.class);
    }
}
