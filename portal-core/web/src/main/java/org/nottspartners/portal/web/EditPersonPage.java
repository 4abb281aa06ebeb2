package org.nottspartners.portal.web;

import org.nottspartners.portal.core.page.PageActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditLog;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;

/**
 * Changing a person's details. The version read travels with the form: if someone else saved the record
 * meanwhile, nothing is overwritten; the page says so in plain words, lists what they changed against what
 * this user typed (which stays on the form), and a second save is then a deliberate choice.
 */
@Named("editPerson")
@RequestScoped
public class EditPersonPage {

    @Inject
    org.nottspartners.portal.core.time.Today today;


    @Inject
    PersonDirectory people;

    @Inject
    AuditLog audit;

    private String id;
    private Long version;
    private PersonFields fields = new PersonFields();
    private Person person;
    private List<String> theirChanges = List.of();

    /** On first opening: the record as it stands. */
    public void load() {
        person = find();
        if (person != null) {
            fields = PersonFields.of(person);
            version = person.version();
        }
    }

    public String save() {
        person = find();
        if (person == null) {
            return null;
        }
        try {
            people.update(person.id(), version == null ? -1 : version, fields.toDetails(today.date()));
            return "/people/person?faces-redirect=true&id=" + person.id();
        } catch (InvalidInputException e) {
            PageActions.show("person", e);
        } catch (StaleRecordException e) {
            Person current = find();
            theirChanges = fields.differencesFrom(current);
            version = current.version();
            String who = audit.forRecord(Person.RECORD_TYPE, current.id().toString(), 50).stream()
                    .filter(a -> a.action() == AuditAction.UPDATE).findFirst()
                    .map(a -> a.userName() == null ? a.userId() : a.userName()).orElse("a colleague");
            String message = "Someone else (" + who + ") saved changes to this record while you were editing it."
                    + " Your changes have not been saved. Check the differences below; if your changes are still"
                    + " right, save again.";
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        } catch (ActionRefusedException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
        }
        return null;
    }

    private Person find() {
        try {
            return people.find(UUID.fromString(id)).orElse(null);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return null;
        }
    }

    public Person getPerson() {
        return person;
    }

    public List<String> getTheirChanges() {
        return theirChanges;
    }

    public PersonFields getFields() {
        return fields;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
