package org.nottspartners.portal.web;

import org.nottspartners.portal.core.page.PageActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.nottspartners.portal.core.access.PersonRecordAccess;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.person.PersonMatcher;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.tenancy.TenantDirectory;

/**
 * Find a person: search first, and only after a search offer to record someone new (RULES.md §2:
 * duplicates are the commonest complaint; search before create).
 */
@Named("personSearch")
@RequestScoped
public class PersonSearchPage {

    @Inject
    PersonDirectory people;

    @Inject
    PersonRecordAccess access;

    @Inject
    CurrentUser caller;

    @Inject
    TenantDirectory tenants;

    private String name;
    private String dateOfBirth;
    private String postcode;
    private boolean searched;
    private List<Found> matches = List.of();

    public String search() {
        var criteria = PersonMatcher.Criteria.of(name, dateOfBirth, postcode, null, null);
        if (criteria.isEmpty()) {
            PageActions.fieldError("find:name", "Enter the person's name");
            return null;
        }
        String tenant = TenantScope.current().orElseThrow();
        Set<PortalRole> roles = caller.roles().rolesIn(tenant);
        List<ModuleAction> actions = tenants.enabledModules(tenant).stream()
                .flatMap(m -> m.foundPersonActions().stream()
                        .filter(a -> a.shownTo().stream().anyMatch(roles::contains))
                        .map(a -> new ModuleAction(a.label(), "/" + m.id() + "/" + a.page().replace(".xhtml", ""), a.parameter())))
                .toList();
        matches = people.findMatches(criteria, 10).stream()
                .map(m -> access.mayOpen(m.person())
                        ? new Found(m.person().id(), m.person().givenName() + " " + m.person().familyName(), true,
                                m.person().dateOfBirth() == null ? "Not known" : m.person().dateOfBirth().toString(),
                                m.person().postcode(), m.match().reasons(), actions)
                        : new Found(m.person().id(), m.person().givenName() + " " + m.person().familyName(), false,
                                born(m.person()), PersonRecordAccess.minimalPostcode(m.person().postcode()), m.match().reasons(), actions))
                .toList();
        searched = true;
        return null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public boolean isSearched() {
        return searched;
    }

    public List<Found> getMatches() {
        return matches;
    }

    private static String born(org.nottspartners.portal.core.person.Person p) {
        String month = PersonRecordAccess.bornInWords(p.dateOfBirth(), p.expectedDateOfBirth());
        return month == null ? "Not known" : month;
    }

    /**
     * A person the search found, as this user may see them: the whole date of birth and postcode, and a link to the
     * record, only where they may open it; otherwise the month and year of birth and the postcode's district, with
     * what the modules let them do without opening it (RULES.md §2).
     */
    public record Found(java.util.UUID id, String name, boolean openable, String born, String postcode, List<String> reasons,
            List<ModuleAction> actions) {

        public String getReasonsText() {
            return String.join(", ", reasons);
        }
    }

    /** A module's action on a found person: its label, its page's outcome and the parameter naming the person. */
    public record ModuleAction(String label, String outcome, String parameter) {
    }
}
