package org.nottspartners.portal.web;

import org.nottspartners.portal.core.page.PageActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.person.PersonMatcher;

/**
 * Find a person: search first, and only after a search offer to record someone new (RULES.md §2:
 * duplicates are the commonest complaint; search before create).
 */
@Named("personSearch")
@RequestScoped
public class PersonSearchPage {

    @Inject
    PersonDirectory people;

    private String name;
    private String dateOfBirth;
    private String postcode;
    private boolean searched;
    private List<PersonDirectory.PersonMatch> matches = List.of();

    public String search() {
        var criteria = PersonMatcher.Criteria.of(name, dateOfBirth, postcode, null, null);
        if (criteria.isEmpty()) {
            PageActions.fieldError("find:name", "Enter the person's name");
            return null;
        }
        matches = people.findMatches(criteria, 10);
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

    public List<PersonDirectory.PersonMatch> getMatches() {
        return matches;
    }
}
