package org.nottspartners.portal.core.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private PersonKind kind = PersonKind.CHILD;

    @Column(name = "postcode", length = 8)
    private String postcode;

    @Column(name = "upn", length = 13)
    private String upn;

    @Column(name = "nhs_number", length = 10)
    private String nhsNumber;

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

    /** Records the identifiers and postcode, already checked (see {@link UniquePupilNumber}, {@link NhsNumber}). */
    public void identify(PersonKind kind, String postcode, UniquePupilNumber upn, NhsNumber nhsNumber) {
        this.kind = kind == null ? PersonKind.CHILD : kind;
        this.postcode = postcode;
        this.upn = upn == null ? null : upn.value();
        this.nhsNumber = nhsNumber == null ? null : nhsNumber.value();
    }

    public PersonKind kind() {
        return kind;
    }

    public String postcode() {
        return postcode;
    }

    public String upn() {
        return upn;
    }

    public String nhsNumber() {
        return nhsNumber;
    }

    /** What the matcher needs to know of this person. */
    public PersonMatcher.Candidate asCandidate() {
        return new PersonMatcher.Candidate(givenName, familyName, dateOfBirth, postcode, upn, nhsNumber);
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
