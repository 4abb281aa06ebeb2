package org.nottspartners.portal.licensing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** RULES.md §5: compulsory school age ends on the last Friday in June of the school year the child turns 16 in. */
class SchoolAgeTest {

    @Test
    void aChildWhoTurns16InAugustLeavesInTheJuneBeforeTheBirthday() {
        // turns 16 on 31 August 2026, the last day of the 2025/26 school year: leaves on Friday 26 June 2026
        assertThat(SchoolAge.lastDay(LocalDate.of(2010, 8, 31))).isEqualTo(LocalDate.of(2026, 6, 26));
    }

    @Test
    void aChildWhoTurns16On1SeptemberStaysAnotherYear() {
        // turns 16 on 1 September 2026, in the 2026/27 school year: leaves on Friday 25 June 2027
        assertThat(SchoolAge.lastDay(LocalDate.of(2010, 9, 1))).isEqualTo(LocalDate.of(2027, 6, 25));
    }

    @Test
    void theLastDayIsAFridayEvenWhenJuneEndsOnOne() {
        // June 2027 ends on a Wednesday; June 2021 ended on a Wednesday too; June 2028 ends on a Friday
        assertThat(SchoolAge.lastDay(LocalDate.of(2012, 3, 1))).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(SchoolAge.ofSchoolAge(LocalDate.of(2012, 3, 1), LocalDate.of(2028, 6, 30))).isTrue();
        assertThat(SchoolAge.ofSchoolAge(LocalDate.of(2012, 3, 1), LocalDate.of(2028, 7, 1))).isFalse();
    }

    @Test
    void ageIsInWholeYears() {
        assertThat(SchoolAge.ageOn(LocalDate.of(2018, 3, 10), LocalDate.of(2027, 3, 9))).isEqualTo(8);
        assertThat(SchoolAge.ageOn(LocalDate.of(2018, 3, 10), LocalDate.of(2027, 3, 10))).isEqualTo(9);
    }
}
