package org.nottspartners.portal.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RULES.md §0: every number is a council setting with an effective date; a case is judged by the rule in force on its date. */
class SettingHistoryTest {

    private final List<SettingHistory.Entry> screeningDays = List.of(
            new SettingHistory.Entry(LocalDate.of(2018, 1, 1), "5"),
            new SettingHistory.Entry(LocalDate.of(2025, 4, 1), "3"));

    @Test
    void theValueInForceOnADateIsTheLatestOneEffectiveByThen() {
        assertThat(SettingHistory.valueOn(screeningDays, LocalDate.of(2025, 3, 31))).contains("5");
        assertThat(SettingHistory.valueOn(screeningDays, LocalDate.of(2025, 4, 1))).contains("3");
        assertThat(SettingHistory.valueOn(screeningDays, LocalDate.of(2030, 1, 1))).contains("3");
    }

    @Test
    void beforeTheFirstValueTheSettingHasNone() {
        assertThat(SettingHistory.valueOn(screeningDays, LocalDate.of(2017, 12, 31))).isEmpty();
        assertThat(SettingHistory.valueOn(List.of(), LocalDate.of(2020, 1, 1))).isEmpty();
    }
}
