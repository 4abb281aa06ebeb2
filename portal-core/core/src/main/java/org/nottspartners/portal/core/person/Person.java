package org.nottspartners.portal.core.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** A person known to one council: a child, a parent or carer, or another adult. */
@Entity
@Table(name = "core_person")
public class Person extends TenantOwnedRecord {

    public static final String RECORD_TYPE = "person";

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    protected Person() {
        // for JPA
    }

    public Person(String givenName, String familyName, LocalDate dateOfBirth) {
        this.id = UUID.randomUUID();
        rename(givenName, familyName);
        this.dateOfBirth = dateOfBirth;
    }

    public void rename(String givenName, String familyName) {
        this.givenName = givenName.strip();
        this.familyName = familyName.strip();
    }

    public void correctDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public UUID id() {
        return id;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
