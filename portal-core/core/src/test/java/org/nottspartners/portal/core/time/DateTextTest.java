package org.nottspartners.portal.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 14 §6: a date that does not exist is called that; a date in the wrong shape is asked for in the right one. */
class DateTextTest {

    private static DateText.Reading read(String text) {
        return DateText.read(text, "the date of birth", "2015-04-02");
    }

    @Test
    void aRealDateIsRead() {
        assertThat(read(" 2024-02-29 ").date()).contains(LocalDate.of(2024, 2, 29));
        assertThat(read("2026-3-4").date()).contains(LocalDate.of(2026, 3, 4));
        assertThat(read("").problem()).isEmpty();
        assertThat(read(null).date()).isEmpty();
    }

    @Test
    void aDayThatDoesNotExistIsCalledThat() {
        assertThat(read("2026-02-30").problem()).contains("2026-02-30 is not a real date: February 2026 has 28 days");
        assertThat(read("2025-02-29").problem()).contains("2025-02-29 is not a real date: February 2025 has 28 days");
        assertThat(read("2026-04-31").problem()).contains("2026-04-31 is not a real date: April 2026 has 30 days");
        assertThat(read("2026-13-01").problem()).hasValueSatisfying(p -> assertThat(p).startsWith("2026-13-01 is not a real date: there is no month 13"));
        assertThat(read("2026-01-00").problem()).contains("2026-01-00 is not a real date: January 2026 has 31 days");
    }

    @Test
    void theWrongShapeIsAskedForInTheRightOne() {
        assertThat(read("02/04/2015").problem()).contains("Enter the date of birth as year-month-day, like 2015-04-02");
        assertThat(read("next week").problem()).contains("Enter the date of birth as year-month-day, like 2015-04-02");
    }
}
