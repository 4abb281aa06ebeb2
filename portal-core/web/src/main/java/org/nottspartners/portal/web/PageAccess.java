package org.nottspartners.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.nottspartners.portal.core.access.FamilyRecordAccess;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.module.ModuleRegistry;
import org.nottspartners.portal.core.tenancy.TenantDirectory;

/**
 * Who may open which page, declared in one place: a council's home page for anyone with a role there;
 * its administration pages for its administrators; the family record's pages by the action each is
 * ({@link FamilyRecordAccess}, the declaration the API's endpoints use too); a module's pages for the module's roles, and only
 * while the council has the module switched on. Any other page is refused.
 */
@ApplicationScoped
public class PageAccess {

    private static final Set<String> PUBLIC_PREFIXES = Set.of("/jakarta.faces.resource/", "/resources/", "/webjars/",
            "/find-a-service/"); // the services directory's public pages (issue 19): open to anyone, no sign-in
    private static final Set<String> PUBLIC_PAGES = Set.of("/signed-out.xhtml", "/sign-in-failed.xhtml", "/no-council.xhtml",
            "/apply.xhtml", "/callback", "/sign-out");

    /**
     * The family record's pages and the action each one is (the API's endpoints declare the same actions):
     * a page is opened by exactly the roles that may do it through the API.
     */
    public static final java.util.Map<String, FamilyRecordAccess> PEOPLE_PAGES = java.util.Map.of(
            "/people/find.xhtml", FamilyRecordAccess.FIND,
            "/people/new.xhtml", FamilyRecordAccess.RECORD,
            "/people/person.xhtml", FamilyRecordAccess.OPEN,
            "/people/edit.xhtml", FamilyRecordAccess.CHANGE);

    @Inject
    CurrentUser caller;

    @Inject
    ModuleRegistry modules;

    @Inject
    TenantDirectory tenants;

    /** Pages and resources that need no council (styles, sign-out, the page for users without a council). */
    public boolean isPublic(String path) {
        return PUBLIC_PAGES.contains(path) || PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /**
     * Whether a member of the public may enter a council's pages at all: any council in the portal (the one where the
     * child lives); which pages, {@link #mayOpen} decides.
     */
    public boolean mayEnterAsPublic(String tenant) {
        return caller.roles().isMemberOfPublic() && tenants.nameOf(tenant).isPresent();
    }

    public boolean mayOpen(String tenant, String page) {
        Set<PortalRole> roles = caller.roles().rolesIn(tenant);
        if (roles.isEmpty() && mayEnterAsPublic(tenant)) {
            // a member of the public opens exactly the module pages that name their role, nothing of the council's own
            return isModulePageFor(tenant, page, Set.of(PortalRole.PUBLIC_APPLICANT));
        }
        if (roles.isEmpty()) {
            return false;
        }
        if (page.equals("/index.xhtml")) {
            return true;
        }
        if (page.startsWith("/admin/")) {
            return PortalRole.anyIs(roles, PortalRole.Kind.ADMINISTRATOR); // as the API's administration endpoints
        }
        if (page.startsWith("/directory/")) {
            // the services directory: every member of staff finds services; who may change an entry, core's DirectoryAccess decides
            return isDirectoryReader(roles);
        }
        if (page.startsWith("/clocks/")) {
            return org.nottspartners.portal.core.clock.StandardClocks.isStaff(roles);
        }
        if (page.startsWith("/people/")) {
            FamilyRecordAccess action = PEOPLE_PAGES.get(page);
            return action != null && action.allows(roles);
        }
        return isModulePageFor(tenant, page, roles);
    }

    private boolean isModulePageFor(String tenant, String page, Set<PortalRole> roles) {
        String[] segments = page.split("/");
        if (segments.length < 2) {
            return false;
        }
        String folder = segments[1];
        String modulePage = page.length() > folder.length() + 2 ? page.substring(folder.length() + 2) : "";
        return modules.find(folder)
                .filter(m -> m.rolesFor(modulePage).stream().anyMatch(roles::contains))
                .filter(m -> tenants.isEnabled(tenant, m.id()))
                .isPresent();
    }

    /** Staff of the council and its partners, and its administrators: the readers of the staff directory pages. */
    public static boolean isDirectoryReader(Set<PortalRole> roles) {
        return PortalRole.anyIs(roles, PortalRole.Kind.COUNCIL_STAFF) || PortalRole.anyIs(roles, PortalRole.Kind.PARTNER)
                || PortalRole.anyIs(roles, PortalRole.Kind.ADMINISTRATOR) || PortalRole.anyIs(roles, PortalRole.Kind.PERFORMANCE);
    }
}
