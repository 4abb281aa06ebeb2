package org.nottspartners.portal.web;

import org.nottspartners.portal.core.page.PageActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.problem.InvalidInputException;

/** Record a new person, reached only from a search that found no one suitable. */
@Named("newPerson")
@RequestScoped
public class NewPersonPage {

    @Inject
    org.nottspartners.portal.core.time.Today today;


    @Inject
    PersonDirectory people;

    private String searchedFor;
    private final PersonFields fields = new PersonFields();

    /** Without a search behind it, the page sends the user to search first. */
    public void requireSearch() throws IOException {
        if (searchedFor == null || searchedFor.isBlank()) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(FacesContext.getCurrentInstance().getApplication().getViewHandler()
                    .getBookmarkableURL(FacesContext.getCurrentInstance(), "/people/find.xhtml", java.util.Map.of(), false));
            return;
        }
        if (fields.getGivenName() == null && fields.getFamilyName() == null) {
            String n = searchedFor.strip();
            int space = n.lastIndexOf(' ');
            fields.setGivenName(space < 0 ? "" : n.substring(0, space));
            fields.setFamilyName(space < 0 ? n : n.substring(space + 1));
        }
    }

    public String save() {
        try {
            var person = people.create(fields.toDetails(today.date()));
            return "/people/person?faces-redirect=true&id=" + person.id();
        } catch (InvalidInputException e) {
            PageActions.show("person", e);
            return null;
        }
    }

    public PersonFields getFields() {
        return fields;
    }

    public String getSearchedFor() {
        return searchedFor;
    }

    public void setSearchedFor(String searchedFor) {
        this.searchedFor = searchedFor;
    }
}
