package org.nottspartners.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.casenote.CaseNote;
import org.nottspartners.portal.core.casenote.CaseNoteBook;
import org.nottspartners.portal.core.consent.Consent;
import org.nottspartners.portal.core.consent.ConsentRegister;
import org.nottspartners.portal.core.family.FamilyDirectory;
import org.nottspartners.portal.core.family.Relationship;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.person.PersonDirectory;

/** A person's record: details, relationships, consent and case notes (every look is audited by the core). */
@Named("personPage")
@RequestScoped
public class PersonPage {

    @Inject
    PersonDirectory people;

    @Inject
    FamilyDirectory families;

    @Inject
    ConsentRegister consents;

    @Inject
    CaseNoteBook notes;

    private String id;
    private Person person;

    public void load() {
        try {
            person = people.find(UUID.fromString(id)).orElse(null);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            person = null;
        }
    }

    public Person getPerson() {
        return person;
    }

    public List<Relationship> getRelationships() {
        return person == null ? List.of() : families.relationshipsOf(person.id());
    }

    public List<Consent> getConsents() {
        return person == null ? List.of() : consents.history(person.id());
    }

    public List<CaseNote> getNotes() {
        return person == null ? List.of() : notes.notesOf(person.id());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
