package org.nottspartners.portal.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;

class PersonIdentifiersTest {

    @Test
    void everyMistakeIsReportedAtOnce() {
        assertThatThrownBy(() -> PersonIdentifiers.read("nowhere", "M892101299001", "9434765918"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(Problem.FieldError::field).containsExactly("postcode", "upn", "nhsNumber"));
    }

    @Test
    void validIdentifiersAreReadInTheirUsualForm() {
        PersonIdentifiers ids = PersonIdentifiers.read("ng72bb", "l892 1012 9900 1", "943 476 5919");

        assertThat(ids.postcode()).isEqualTo("NG7 2BB");
        assertThat(ids.upn().value()).isEqualTo("L892101299001");
        assertThat(ids.nhsNumber().value()).isEqualTo("9434765919");
        assertThat(PersonIdentifiers.read(null, " ", "")).isEqualTo(new PersonIdentifiers(null, null, null));
    }
}
