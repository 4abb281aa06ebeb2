package org.nottspartners.portal.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RULES.md §2: UPN for pupils, validated with its check letter (DfE UPN guidance). */
class UniquePupilNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"L892101299001", "C891240011023", "l892 1012 9900 1"})
    void acceptsUpnsWhoseCheckLetterMatches(String typed) {
        assertThat(UniquePupilNumber.problemWith(typed)).isEmpty();
    }

    @Test
    void aTemporaryUpnEndsInALetter() {
        UniquePupilNumber upn = UniquePupilNumber.parse("K89124001102A");

        assertThat(upn.isTemporary()).isTrue();
        assertThat(UniquePupilNumber.parse("C891240011023").isTemporary()).isFalse();
    }

    @Test
    void everySingleMistypedDigitIsCaught() {
        String valid = "L892101299001";
        for (int i = 1; i < 13; i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != valid.charAt(i)) {
                    String typo = valid.substring(0, i) + d + valid.substring(i + 1);
                    assertThat(UniquePupilNumber.problemWith(typo)).as(typo).isPresent();
                }
            }
        }
    }

    @Test
    void saysWhatIsWrongInPlainWords() {
        assertThat(UniquePupilNumber.problemWith("L89210129900")).contains(
                "A UPN has 13 characters: a letter, then 11 digits, then a digit or a letter");
        assertThat(UniquePupilNumber.problemWith("L8921012990X1")).contains("A UPN has 11 digits after its first letter");
        assertThat(UniquePupilNumber.problemWith("M892101299001")).contains(
                "This UPN's check letter does not match: check it has been copied correctly");
        assertThatThrownBy(() -> UniquePupilNumber.parse("nonsense")).isInstanceOf(IllegalArgumentException.class);
    }
}
