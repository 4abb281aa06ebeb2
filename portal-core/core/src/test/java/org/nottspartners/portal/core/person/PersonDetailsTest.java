package org.nottspartners.portal.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.problem.Problem;

@DisplayName("RULES §2: a person may be a child (including unborn), a parent/carer or another adult")
class PersonDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static List<String> problems(PersonKind kind, LocalDate dob, LocalDate expected) {
        List<Problem.FieldError> errors = new ArrayList<>();
        new PersonDetails("Baby", "Smith", kind, dob, expected, null, null, null, false, null, null).problems(TODAY, errors);
        return errors.stream().map(e -> e.field() + ": " + e.message()).toList();
    }

    @Test
    @DisplayName("An unborn child has an expected date of birth, within the next 42 weeks, and no date of birth")
    void unborn() {
        assertThat(problems(PersonKind.UNBORN_CHILD, null, TODAY.plusWeeks(20))).isEmpty();
        assertThat(problems(PersonKind.UNBORN_CHILD, null, null)).containsExactly("expectedDateOfBirth: Enter the date the baby is due");
        assertThat(problems(PersonKind.UNBORN_CHILD, TODAY.minusDays(1), TODAY.plusWeeks(2)))
                .containsExactly("dateOfBirth: A child not yet born has no date of birth: enter the expected date instead");
        assertThat(problems(PersonKind.UNBORN_CHILD, null, TODAY.plusWeeks(43))).hasSize(1);
    }

    @Test
    @DisplayName("Anyone already born has no expected date, and a date of birth that is not in the future")
    void born() {
        assertThat(problems(PersonKind.CHILD, TODAY.minusYears(7), null)).isEmpty();
        assertThat(problems(PersonKind.CHILD, TODAY.plusDays(1), null))
                .containsExactly("dateOfBirth: Date of birth must be today or in the past");
        assertThat(problems(PersonKind.PARENT_OR_CARER, TODAY.minusYears(120), null)).as("120 years old today").isEmpty();
        assertThat(problems(PersonKind.PARENT_OR_CARER, LocalDate.of(1, 1, 1), null))
                .containsExactly("dateOfBirth: Check the date of birth: it is more than 120 years ago");
        assertThat(problems(PersonKind.PARENT_OR_CARER, null, TODAY.plusWeeks(3)))
                .containsExactly("expectedDateOfBirth: Only a child not yet born has an expected date of birth");
    }

    @Test
    @DisplayName("Gender defaults to 'not known' (CIN census code 0) and blank text is no text")
    void defaults() {
        PersonDetails d = new PersonDetails("Ann", "Lee", null, null, null, null, null, "  ", false, "", null);
        assertThat(d.gender()).isEqualTo(Gender.NOT_KNOWN);
        assertThat(d.kind()).isEqualTo(PersonKind.CHILD);
        assertThat(d.firstLanguage()).isNull();
        assertThat(d.school()).isNull();
    }
}
