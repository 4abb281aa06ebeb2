package org.nottspartners.portal.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 22: references people can read and say on the phone. */
class ReferencesTest {

    @Test
    void aReferenceIsTheSeriesTheYearAndARunningNumber() {
        assertThat(References.format("EH", 2026, 123)).isEqualTo("EH-2026-000123");
        assertThat(References.format("EH", 2027, 1)).isEqualTo("EH-2027-000001");
        assertThat(References.format("LIC", 2026, 1_234_567)).isEqualTo("LIC-2026-1234567");
        assertThat(References.format("EH", 2026, 999_999)).hasSize(14);
    }

    @Test
    void onlyCapitalSeriesAndCountingNumbers() {
        assertThatThrownBy(() -> References.format("eh", 2026, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> References.format("EH", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> References.format("EARLY", 2026, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
