package org.nottspartners.portal.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StaffTimeTest {

    @Test
    @DisplayName("Moments are shown in England's time: British Summer Time in August, GMT in December")
    void englandsTime() { // Java's British English abbreviates September as "Sept"
        assertThat(StaffTime.format(OffsetDateTime.of(2024, 9, 2, 22, 59, 0, 0, ZoneOffset.UTC))).isEqualTo("Mon 2 Sept 2024 23:59");
        assertThat(StaffTime.format(OffsetDateTime.of(2026, 12, 24, 18, 30, 0, 0, ZoneOffset.UTC))).isEqualTo("Thu 24 Dec 2026 18:30");
        assertThat(StaffTime.format(null)).isEmpty();
    }
}
