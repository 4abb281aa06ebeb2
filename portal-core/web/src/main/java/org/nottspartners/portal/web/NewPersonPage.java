package org.nottspartners.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.person.PersonIdentifiers;
import org.nottspartners.portal.core.person.PersonKind;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;

/** Record a new person, reached only from a search that found no one suitable. */
@Named("newPerson")
@RequestScoped
public class NewPersonPage {

    @Inject
    PersonDirectory people;

    private String searchedFor;
    private String givenName;
    private String familyName;
    private String dateOfBirth;
    private String postcode;
    private String upn;
    private String nhsNumber;
    private PersonKind kind = PersonKind.CHILD;

    /** Without a search behind it, the page sends the user to search first. */
    public void requireSearch() throws IOException {
        if (searchedFor == null || searchedFor.isBlank()) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(FacesContext.getCurrentInstance().getApplication().getViewHandler()
                    .getBookmarkableURL(FacesContext.getCurrentInstance(), "/people/find.xhtml", java.util.Map.of(), false));
            return;
        }
        if (givenName == null && familyName == null) {
            String n = searchedFor.strip();
            int space = n.lastIndexOf(' ');
            givenName = space < 0 ? "" : n.substring(0, space);
            familyName = space < 0 ? n : n.substring(space + 1);
        }
    }

    public String save() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (givenName == null || givenName.isBlank()) {
            errors.add(new Problem.FieldError("givenName", "Enter the person's first name"));
        }
        if (familyName == null || familyName.isBlank()) {
            errors.add(new Problem.FieldError("familyName", "Enter the person's last name"));
        }
        LocalDate dob = null;
        if (dateOfBirth != null && !dateOfBirth.isBlank()) {
            try {
                dob = LocalDate.parse(dateOfBirth.strip());
                if (dob.isAfter(LocalDate.now())) {
                    errors.add(new Problem.FieldError("dateOfBirth", "Date of birth must be today or in the past"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("dateOfBirth", "Enter the date of birth as year-month-day, like 2015-04-02"));
            }
        }
        PersonIdentifiers ids = PersonIdentifiers.read(postcode, upn, nhsNumber, errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            var person = people.create(givenName, familyName, dob, kind, ids.postcode(), ids.upn(), ids.nhsNumber());
            return "/people/person?faces-redirect=true&id=" + person.id();
        } catch (InvalidInputException e) {
            Messages.show("person", e);
            return null;
        }
    }

    public PersonKind[] getKinds() {
        return PersonKind.values();
    }

    public String getSearchedFor() {
        return searchedFor;
    }

    public void setSearchedFor(String searchedFor) {
        this.searchedFor = searchedFor;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
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

    public String getUpn() {
        return upn;
    }

    public void setUpn(String upn) {
        this.upn = upn;
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    public void setNhsNumber(String nhsNumber) {
        this.nhsNumber = nhsNumber;
    }

    public PersonKind getKind() {
        return kind;
    }

    public void setKind(PersonKind kind) {
        this.kind = kind;
    }
}
