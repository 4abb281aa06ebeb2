package org.nottspartners.portal.attendance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.attendance.register.RegisterCode;

/** Rates and register codes (RULES.md §4: SI 2024/208 reg 10; persistent 10%, severe 50% of possible sessions). */
class AbsenceRateTest {

    @Test
    @DisplayName("RULES §4: persistent absence is 10% or more of possible sessions missed, authorised or not: exactly at the edge")
    void persistentAtTenPercent() {
        assertThat(new AbsenceRate(200, 20, 0).persistent(10)).isTrue();
        assertThat(new AbsenceRate(200, 19, 19).persistent(10)).isFalse();
        assertThat(new AbsenceRate(200, 20, 0).attendancePercent()).isEqualTo(90.0);
        assertThat(new AbsenceRate(0, 0, 0).persistent(10)).as("no possible session: not absent").isFalse();
    }

    @Test
    @DisplayName("RULES §4: severe absence is 50% or more")
    void severeAtFiftyPercent() {
        assertThat(new AbsenceRate(130, 65, 10).severe(50)).isTrue();
        assertThat(new AbsenceRate(130, 64, 10).severe(50)).isFalse();
    }

    @Test
    @DisplayName("Counts that do not add up are refused")
    void countsAddUp() {
        assertThatThrownBy(() -> new AbsenceRate(10, 11, 0)).hasMessageContaining("do not add up");
        assertThatThrownBy(() -> new AbsenceRate(10, 5, 6)).hasMessageContaining("do not add up");
    }

    @Test
    @DisplayName("SI 2024/208 reg 10: what each code counts as")
    void registerCodes() {
        assertThat(RegisterCode.of("/").orElseThrow().possible()).isTrue();
        assertThat(RegisterCode.of("L").orElseThrow().absence()).as("late before the register closes is present").isFalse();
        assertThat(RegisterCode.of("U").orElseThrow().unauthorised()).as("late after the register closes").isTrue();
        assertThat(RegisterCode.of("G").orElseThrow().unauthorised()).isTrue();
        assertThat(RegisterCode.of("I").orElseThrow().absence()).isTrue();
        assertThat(RegisterCode.of("I").orElseThrow().unauthorised()).isFalse();
        assertThat(RegisterCode.of("Y4").orElseThrow().possible()).as("not counted as possible attendance").isFalse();
        assertThat(RegisterCode.of("#").orElseThrow().possible()).isFalse();
        assertThat(RegisterCode.of("K").orElseThrow().absence()).as("an approved educational activity").isFalse();
        assertThat(RegisterCode.of("c1")).as("codes are written as the regulations write them").isEmpty();
        assertThat(RegisterCode.of("Y8")).isEmpty();
        assertThat(RegisterCode.values()).extracting(RegisterCode::mark).doesNotHaveDuplicates().hasSize(34);
    }
}
