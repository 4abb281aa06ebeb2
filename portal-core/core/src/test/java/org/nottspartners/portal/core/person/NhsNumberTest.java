package org.nottspartners.portal.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RULES.md §2: NHS number, validated with its modulus 11 check digit (NHS Data Dictionary). */
class NhsNumberTest {

    @Test
    void acceptsAValidNumberHoweverItIsTyped() {
        assertThat(NhsNumber.problemWith("9434765919")).isEmpty();
        assertThat(NhsNumber.problemWith("943 476 5919")).isEmpty();
        assertThat(NhsNumber.parse("943-476-5919").formatted()).isEqualTo("943 476 5919");
    }

    @Test
    void aCheckDigitOfElevenIsZero() {
        // 401 023 211: weighted sum 88 = 11 x 8, remainder 0, so 11 - 0 = 11, written 0
        assertThat(NhsNumber.problemWith("4010232110")).isEmpty();
        assertThat(NhsNumber.problemWith("4010232111")).isPresent();
    }

    @Test
    void refusesAWrongCheckDigitAndNumbersThatCannotBeValid() {
        assertThat(NhsNumber.problemWith("9434765918")).contains("This is not a valid NHS number: check it has been copied correctly");
        // 401 023 217: weighted sum 100, remainder 1, check would be 10: no tenth digit makes it valid
        for (char d = '0'; d <= '9'; d++) {
            assertThat(NhsNumber.problemWith("401023217" + d)).isPresent();
        }
    }

    @Test
    void refusesWrongLengthsAndLetters() {
        assertThat(NhsNumber.problemWith("943476591")).contains("An NHS number has 10 digits, like 943 476 5919");
        assertThat(NhsNumber.problemWith("94347659AB")).isPresent();
        assertThat(NhsNumber.problemWith(null)).isPresent();
    }
}
