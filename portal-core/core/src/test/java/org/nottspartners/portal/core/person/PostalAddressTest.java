package org.nottspartners.portal.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;

@DisplayName("Addresses (issue 22): UK postcodes written the usual way, UPRNs as numbers, every problem named in plain words")
class PostalAddressTest {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
            "ng72bb, NG7 2BB",
            "' NG1  5AA ', NG1 5AA",
            "NG18 1AA, NG18 1AA",
            "m1 1ae, M1 1AE",
            "B33 8TH, B33 8TH",
            "cr26xh, CR2 6XH",
            "DN55 1PT, DN55 1PT",
            "W1A 0AX, W1A 0AX",
            "EC1A 1BB, EC1A 1BB",
            "sw1a2aa, SW1A 2AA",
    })
    void writesEveryShapeOfPostcodeTheUsualWay(String typed, String written) {
        assertThat(Postcodes.normalise(typed)).contains(written);
    }

    @ParameterizedTest(name = "\"{0}\" is not a postcode")
    @ValueSource(strings = {
            "nottingham", "", "NG7", "NG7 2B", "NG7 2BBB", "NG77 7 2BB", "7NG 2BB",
            "NG7 2OB", // a letter O typed for a zero: O never ends a postcode
            "NG7 2BC", // nor does C
            "QG7 2BB", // no postcode starts with Q, V or X
            "NJ7 2BB", // nor has I, J or Z second
            "NG7-2BB",
    })
    void refusesWhatIsNotAPostcode(String typed) {
        assertThat(Postcodes.normalise(typed)).isEmpty();
    }

    @Test
    @DisplayName("An address as typed is trimmed, its postcode written the usual way, an empty second line or UPRN none")
    void readsAnAddressAsTyped() {
        PostalAddress a = PostalAddress.read(" 12 Acacia Avenue ", "  ", "Nottingham", "ng72bb", " 0010 0031 2345 ");
        assertThat(a).isEqualTo(new PostalAddress("12 Acacia Avenue", null, "Nottingham", "NG7 2BB", "1000312345"));
        assertThat(PostalAddress.read("Flat 2", "7 Mill Lane", "Mansfield", "NG18 1AA", "").uprn()).isNull();
        assertThat(PostalAddress.read("Flat 2", "7 Mill Lane", "Mansfield", "NG18 1AA", "100031234567").uprn()).isEqualTo("100031234567");
    }

    @Test
    @DisplayName("Every problem at once, each against its field, in plain words")
    void namesEveryProblemByField() {
        List<Problem.FieldError> errors = new ArrayList<>();
        PostalAddress a = PostalAddress.read(" ", "x".repeat(201), "", "NG7 2OB", "12-34", errors);
        assertThat(a).isNull();
        assertThat(errors).extracting(Problem.FieldError::field).containsExactly("line1", "line2", "town", "postcode", "uprn");
        assertThat(errors).extracting(Problem.FieldError::message).containsExactly(
                "Enter the first line of the address, like 12 Acacia Avenue",
                "The second line of the address must be 200 characters or fewer",
                "Enter the town or city, like Nottingham",
                "Enter a real postcode, like NG1 5AA",
                "A UPRN is a number of up to 12 digits, like 100031234567; leave it empty if you do not know it");
        assertThatThrownBy(() -> PostalAddress.read("1 High St", null, "Newark", null, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .containsExactly(new Problem.FieldError("postcode", "Enter the postcode, like NG1 5AA")));
    }

    @ParameterizedTest(name = "UPRN \"{0}\" is refused")
    @ValueSource(strings = {"1000312345678", "UPRN123", "12.5", "-5", "0", "000"})
    void refusesAUprnThatIsNotOne(String uprn) {
        List<Problem.FieldError> errors = new ArrayList<>();
        PostalAddress.read("1 High St", null, "Newark", "NG24 1AA", uprn, errors);
        assertThat(errors).extracting(Problem.FieldError::field).containsExactly("uprn");
    }

    @Test
    @DisplayName("On a letter: the lines given, the town in capitals, the postcode on a line of its own")
    void linesForALetter() {
        assertThat(new PostalAddress("Flat 2", "7 Mill Lane", "Mansfield", "NG18 1AA", null).lines())
                .containsExactly("Flat 2", "7 Mill Lane", "MANSFIELD", "NG18 1AA");
        assertThat(new PostalAddress("12 Acacia Avenue", null, "Nottingham", "NG7 2BB", "100031234567").lines())
                .containsExactly("12 Acacia Avenue", "NOTTINGHAM", "NG7 2BB");
        assertThat(new PostalAddress("12 Acacia Avenue", null, "Nottingham", "NG7 2BB", null).oneLine())
                .isEqualTo("12 Acacia Avenue, Nottingham, NG7 2BB");
    }

    @Test
    @DisplayName("The same place: the same UPRN where both have one, else the same postcode and first line, however written")
    void samePlace() {
        PostalAddress home = new PostalAddress("12 Acacia Avenue", null, "Nottingham", "NG7 2BB", null);
        assertThat(home.samePlaceAs(new PostalAddress("12, acacia avenue", "Lenton", "NOTTINGHAM", "NG7 2BB", "1"))).isTrue();
        assertThat(home.samePlaceAs(new PostalAddress("14 Acacia Avenue", null, "Nottingham", "NG7 2BB", null))).isFalse();
        assertThat(new PostalAddress("Flat 1", null, "Nottingham", "NG7 2BB", "1")
                .samePlaceAs(new PostalAddress("Flat 1", null, "Nottingham", "NG7 2BB", "2"))).isFalse();
    }
}
