package org.nottspartners.portal.housing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.calendar.BankHolidays;
import org.nottspartners.portal.core.calendar.QualityStandardSettings;
import org.nottspartners.portal.core.calendar.WorkingDayCalendar;

@DisplayName("RULES §6 (002 §8a2): the emergency clocks run in real hours, nights, weekends and bank holidays included")
class HousingClocksTest {

    private final WorkingDayCalendar county = WorkingDayCalendar.builder("county", BankHolidays.englandAndWales()).build();
    private final QualityStandardSettings shipped = shipped();

    private static QualityStandardSettings shipped() {
        try (Reader reader = new InputStreamReader(HousingStandards.class.getResourceAsStream(HousingStandards.RESOURCE),
                StandardCharsets.UTF_8)) {
            return QualityStandardSettings.fromCsv("county", reader, HousingStandards.RESOURCE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Instant london(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(WorkingDayCalendar.ENGLAND).toInstant();
    }

    private Instant due(String standard, Instant presented) {
        return shipped.startClock(standard, presented, county).due().deadline();
    }

    @Test
    @DisplayName("a RAW within 1 hour and contact within 2 hours: presented Tue 23:30 -> RAW by Wed 00:30, contact by 01:30")
    void acrossMidnight() {
        Instant presented = london(2024, 11, 26, 23, 30);
        assertThat(due(HousingStandards.RAW_ALLOCATION, presented)).isEqualTo(london(2024, 11, 27, 0, 30));
        assertThat(due(HousingStandards.FIRST_CONTACT, presented)).isEqualTo(london(2024, 11, 27, 1, 30));
    }

    @Test
    @DisplayName("a weekend does not stop the clock: presented Sat 10:00 -> RAW by Sat 11:00, contact by 12:00")
    void atTheWeekend() {
        Instant presented = london(2024, 11, 30, 10, 0);
        assertThat(due(HousingStandards.RAW_ALLOCATION, presented)).isEqualTo(london(2024, 11, 30, 11, 0));
        assertThat(due(HousingStandards.FIRST_CONTACT, presented)).isEqualTo(london(2024, 11, 30, 12, 0));
    }

    @Test
    @DisplayName("nor a bank holiday: presented Christmas Day 2024 15:00 -> RAW by 16:00; daily bed contact from Boxing Day 09:00 by 27 Dec 09:00")
    void onABankHoliday() {
        assertThat(county.isWorkingDay(java.time.LocalDate.of(2024, 12, 25))).isFalse();
        assertThat(due(HousingStandards.RAW_ALLOCATION, london(2024, 12, 25, 15, 0))).isEqualTo(london(2024, 12, 25, 16, 0));
        assertThat(due(HousingStandards.BED_CONTACT, london(2024, 12, 26, 9, 0))).isEqualTo(london(2024, 12, 27, 9, 0));
    }

    @Test
    @DisplayName("hours are elapsed time when the clocks go forward: presented Sun 30 Mar 2025 00:30 GMT -> contact by 03:30 BST")
    void whenTheClocksGoForward() {
        assertThat(due(HousingStandards.FIRST_CONTACT, london(2025, 3, 30, 0, 30))).isEqualTo(london(2025, 3, 30, 3, 30));
    }

    @Test
    @DisplayName("every housing standard is timed in hours")
    void everyStandardIsInHours() {
        assertThat(HousingStandards.ALL).extracting(s -> s.dueRule().inWords()).containsExactlyInAnyOrder("1 hour", "2 hours", "24 hours");
    }
}
