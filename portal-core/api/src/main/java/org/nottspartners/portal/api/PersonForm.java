package org.nottspartners.portal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A person's details as a user sends them. */
public record PersonForm(
        @NotBlank(message = "Enter the person's first name") @Size(max = 100, message = "First name must be 100 characters or fewer") String givenName,
        @NotBlank(message = "Enter the person's last name") @Size(max = 100, message = "Last name must be 100 characters or fewer") String familyName,
        @PastOrPresent(message = "Date of birth must be today or in the past") LocalDate dateOfBirth,
        Long version) {
}
