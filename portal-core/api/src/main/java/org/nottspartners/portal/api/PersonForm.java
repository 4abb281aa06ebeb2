package org.nottspartners.portal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nottspartners.portal.core.person.Ethnicity;
import org.nottspartners.portal.core.person.Gender;
import org.nottspartners.portal.core.person.PersonDetails;
import org.nottspartners.portal.core.person.PersonIdentifiers;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.person.PersonKind;

/**
 * A person's details as a user sends them. A class with fields rather than a record: on a record the
 * constraints also land on the constructor's parameters, which Payara 6.2025.9's OpenAPI generator
 * mistakes for request parameters and fails on.
 */
public class PersonForm {

    @NotBlank(message = "Enter the person's first name")
    @Size(max = 100, message = "First name must be 100 characters or fewer")
    public String givenName;

    @NotBlank(message = "Enter the person's last name")
    @Size(max = 100, message = "Last name must be 100 characters or fewer")
    public String familyName;

    @PastOrPresent(message = "Date of birth must be today or in the past")
    public LocalDate dateOfBirth;

    /** CHILD (the default), UNBORN_CHILD, PARENT_OR_CARER or OTHER_ADULT. */
    public PersonKind kind;

    /** For an unborn child only: the date the baby is due. */
    public LocalDate expectedDateOfBirth;

    /** NOT_KNOWN (the default), MALE, FEMALE or NOT_STATED. */
    public Gender gender;

    /** The Department for Education's main ethnicity code, such as WBRI. */
    public Ethnicity ethnicity;

    @Size(max = 50, message = "First language must be 50 characters or fewer")
    public String firstLanguage;

    public boolean interpreterNeeded;

    @Size(max = 200, message = "School must be 200 characters or fewer")
    public String school;

    public String postcode;

    /** Unique Pupil Number, checked with its check letter. */
    public String upn;

    /** NHS number, checked with its check digit. */
    public String nhsNumber;

    /** The version read, when changing a person. */
    public Long version;

    /**
     * The checks no annotation can state (identifiers' check characters, postcode form, an unborn
     * child's expected date), all at once.
     */
    public PersonDetails check(LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        PersonIdentifiers ids = PersonIdentifiers.read(postcode, upn, nhsNumber, errors);
        PersonDetails details = new PersonDetails(givenName, familyName, kind, dateOfBirth, expectedDateOfBirth, gender,
                ethnicity, firstLanguage, interpreterNeeded, school, ids);
        details.problems(today, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return details;
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

    public Long version() {
        return version;
    }
}
