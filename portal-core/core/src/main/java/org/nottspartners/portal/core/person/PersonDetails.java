package org.nottspartners.portal.core.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;

/**
 * What a user records about a person, already checked: the same for the pages and the API. A child not
 * yet born has an expected date of birth and no date of birth (RULES.md §2: "a child (including
 * unborn)"); everyone else may have a date of birth but no expected one.
 *
 * @param firstLanguage the person's first language as the family names it ("Polish"), or null
 * @param school        the name of the school a child attends, or null
 */
public record PersonDetails(String givenName, String familyName, PersonKind kind, LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth, Gender gender, Ethnicity ethnicity, String firstLanguage, boolean interpreterNeeded,
        String school, PersonIdentifiers identifiers) {

    /** A pregnancy lasts about 42 weeks at most: an expected date further ahead is a mistake. */
    static final int MOST_WEEKS_AHEAD = 42;

    public PersonDetails {
        kind = kind == null ? PersonKind.CHILD : kind;
        gender = gender == null ? Gender.NOT_KNOWN : gender;
        identifiers = identifiers == null ? new PersonIdentifiers(null, null, null) : identifiers;
        firstLanguage = blankToNull(firstLanguage);
        school = blankToNull(school);
    }

    /** Just a name and date of birth, as many callers know no more. */
    public static PersonDetails named(String givenName, String familyName, LocalDate dateOfBirth) {
        return new PersonDetails(givenName, familyName, PersonKind.CHILD, dateOfBirth, null, null, null, null, false, null,
                null);
    }

    /** The checks between fields, all at once, as of {@code today}; refuses with every problem found. */
    public PersonDetails checked(LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        problems(today, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return this;
    }

    /** Nobody on the record is older than this: an earlier date of birth is a typing slip (0001-01-01). */
    static final int OLDEST_YEARS = 120;
    /** Longer than any real first or last name, shorter than the column. */
    static final int LONGEST_NAME = 100;

    /** Adds each problem between fields to {@code errors}, in the user's words. */
    public void problems(LocalDate today, List<Problem.FieldError> errors) {
        if (givenName == null || givenName.isBlank()) {
            errors.add(new Problem.FieldError("givenName", "Enter the person's first name"));
        }
        if (familyName == null || familyName.isBlank()) {
            errors.add(new Problem.FieldError("familyName", "Enter the person's last name"));
        }
        if (givenName != null && givenName.length() > LONGEST_NAME) {
            errors.add(new Problem.FieldError("givenName", "First name must be " + LONGEST_NAME + " characters or fewer"));
        }
        if (familyName != null && familyName.length() > LONGEST_NAME) {
            errors.add(new Problem.FieldError("familyName", "Last name must be " + LONGEST_NAME + " characters or fewer"));
        }
        if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
            errors.add(new Problem.FieldError("dateOfBirth", "Date of birth must be today or in the past"));
        } else if (dateOfBirth != null && dateOfBirth.isBefore(today.minusYears(OLDEST_YEARS))) {
            errors.add(new Problem.FieldError("dateOfBirth",
                    "Check the date of birth: it is more than " + OLDEST_YEARS + " years ago"));
        }
        if (kind == PersonKind.UNBORN_CHILD) {
            if (dateOfBirth != null) {
                errors.add(new Problem.FieldError("dateOfBirth",
                        "A child not yet born has no date of birth: enter the expected date instead"));
            }
            if (expectedDateOfBirth == null) {
                errors.add(new Problem.FieldError("expectedDateOfBirth", "Enter the date the baby is due"));
            } else if (expectedDateOfBirth.isAfter(today.plusWeeks(MOST_WEEKS_AHEAD))) {
                errors.add(new Problem.FieldError("expectedDateOfBirth",
                        "The date the baby is due must be within the next " + MOST_WEEKS_AHEAD + " weeks"));
            }
        } else if (expectedDateOfBirth != null) {
            errors.add(new Problem.FieldError("expectedDateOfBirth",
                    "Only a child not yet born has an expected date of birth"));
        }
        if (firstLanguage != null && firstLanguage.length() > 50) {
            errors.add(new Problem.FieldError("firstLanguage", "First language must be 50 characters or fewer"));
        }
        if (school != null && school.length() > 200) {
            errors.add(new Problem.FieldError("school", "School must be 200 characters or fewer"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
