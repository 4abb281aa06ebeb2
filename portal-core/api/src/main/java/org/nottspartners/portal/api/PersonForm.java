package org.nottspartners.portal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

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

    /** The version read, when changing a person. */
    public Long version;

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
