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

    @Column(name = "expected_date_of_birth")
    private LocalDate expectedDateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 12)
    private Gender gender = Gender.NOT_KNOWN;

    @Enumerated(EnumType.STRING)
    @Column(name = "ethnicity", length = 4)
    private Ethnicity ethnicity;

    @Column(name = "first_language", length = 50)
    private String firstLanguage;

    @Column(name = "interpreter_needed", nullable = false)
    private boolean interpreterNeeded;

    @Column(name = "school", length = 200)
    private String school;

    /** The council ward of the postcode, where the council maps postcodes to wards (City, 004). */
    @Column(name = "ward", length = 100)
    private String ward;

    /** When this record was merged into another (a tombstone), that person's id; text, see the changelog. */
    @Column(name = "merged_into", length = 36)
    private String mergedInto;

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

    /** Records everything a user sets about the person, already checked, with the ward of the postcode. */
    public void describe(PersonDetails d, String ward) {
        rename(d.givenName(), d.familyName());
        identify(d.kind(), d.identifiers().postcode(), d.identifiers().upn(), d.identifiers().nhsNumber());
        this.dateOfBirth = d.dateOfBirth();
        this.expectedDateOfBirth = d.expectedDateOfBirth();
        this.gender = d.gender();
        this.ethnicity = d.ethnicity();
        this.firstLanguage = d.firstLanguage();
        this.interpreterNeeded = d.interpreterNeeded();
        this.school = d.school();
        this.ward = ward;
    }

    /**
     * The person moved: their postcode, the key the person search matches on, becomes the new address's, with
     * its ward (see {@link AddressBook}).
     */
    void moveTo(String postcode, String ward) {
        this.postcode = postcode;
        this.ward = ward;
    }

    /** The person's details as a user would edit them. */
    public PersonDetails details() {
        return new PersonDetails(givenName, familyName, kind, dateOfBirth, expectedDateOfBirth, gender, ethnicity,
                firstLanguage, interpreterNeeded, school, new PersonIdentifiers(postcode,
                        upn == null ? null : UniquePupilNumber.parse(upn), nhsNumber == null ? null : NhsNumber.parse(nhsNumber)));
    }

    public void mergeInto(UUID winner) {
        this.mergedInto = winner.toString();
    }

    public void unmerge() {
        this.mergedInto = null;
    }

    /** The person this record was merged into, when it is a tombstone. */
    public java.util.Optional<UUID> mergedInto() {
        return java.util.Optional.ofNullable(mergedInto).map(UUID::fromString);
    }

    public boolean isTombstone() {
        return mergedInto != null;
    }

    public LocalDate expectedDateOfBirth() {
        return expectedDateOfBirth;
    }

    public Gender gender() {
        return gender;
    }

    public Ethnicity ethnicity() {
        return ethnicity;
    }

    public String firstLanguage() {
        return firstLanguage;
    }

    public boolean interpreterNeeded() {
        return interpreterNeeded;
    }

    public String school() {
        return school;
    }

    public String ward() {
        return ward;
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
