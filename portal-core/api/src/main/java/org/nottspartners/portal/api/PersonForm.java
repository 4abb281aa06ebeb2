package org.nottspartners.portal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nottspartners.portal.core.person.NhsNumber;
import org.nottspartners.portal.core.person.PersonKind;
import org.nottspartners.portal.core.person.Postcodes;
import org.nottspartners.portal.core.person.UniquePupilNumber;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;

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

    public String postcode;

    /** Unique Pupil Number, checked with its check letter. */
    public String upn;

    /** NHS number, checked with its check digit. */
    public String nhsNumber;

    /** The version read, when changing a person. */
    public Long version;

    /**
     * The checks no annotation can state (identifiers' check characters, postcode form), all at once.
     *
     * @throws InvalidInputException listing every field that is wrong
     */
    public Checked check() {
        List<Problem.FieldError> errors = new ArrayList<>();
        String normalisedPostcode = null;
        if (postcode != null && !postcode.isBlank()) {
            normalisedPostcode = Postcodes.normalise(postcode).orElse(null);
            if (normalisedPostcode == null) {
                errors.add(new Problem.FieldError("postcode", "Enter a real postcode, like NG1 5AA"));
            }
        }
        if (upn != null && !upn.isBlank()) {
            UniquePupilNumber.problemWith(upn).ifPresent(m -> errors.add(new Problem.FieldError("upn", m)));
        }
        if (nhsNumber != null && !nhsNumber.isBlank()) {
            NhsNumber.problemWith(nhsNumber).ifPresent(m -> errors.add(new Problem.FieldError("nhsNumber", m)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(normalisedPostcode,
                upn == null || upn.isBlank() ? null : UniquePupilNumber.parse(upn),
                nhsNumber == null || nhsNumber.isBlank() ? null : NhsNumber.parse(nhsNumber));
    }

    /** The checked identifiers. */
    public record Checked(String postcode, UniquePupilNumber upn, NhsNumber nhsNumber) {
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
