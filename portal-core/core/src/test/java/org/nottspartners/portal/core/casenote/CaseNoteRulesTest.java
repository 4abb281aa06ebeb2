package org.nottspartners.portal.core.casenote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.calendar.BankHolidays;
import org.nottspartners.portal.core.calendar.WorkingDayCalendar;

/** RULES.md §2, case notes (002 §9). */
class CaseNoteRulesTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.builder("city", BankHolidays.englandAndWales()).build();

    @Test
    void aDirectSessionNoteNeedsWhoAimMethodOutcomeAndActions() {
        var missing = CaseNoteRules.missingParts(CaseNoteType.VISIT,
                new CaseNoteContent("Home visit", "Mother and Maya", null, " ", null, null, null, null, null, null));

        assertThat(missing).extracting(Map.Entry::getKey).containsExactly("aim", "method", "outcome", "actions");
    }

    @Test
    void aTelephoneCallNeedsTheCallersNumberNameRoleAndPurpose() {
        var missing = CaseNoteRules.missingParts(CaseNoteType.TELEPHONE_CALL,
                new CaseNoteContent("Call from school", null, null, null, null, null, "0115 000 0000", null, null, null));

        assertThat(missing).extracting(Map.Entry::getKey).containsExactly("callerName", "callerRole", "callPurpose");
        assertThat(CaseNoteRules.missingParts(CaseNoteType.EMAIL,
                new CaseNoteContent("Email to GP", null, null, null, null, null, null, null, null, null))).isEmpty();
    }

    @Test
    void recordWithinSevenWorkingDaysOverAnEasterBankHoliday() {
        // 002 §9b: within 7 working days. Event Thu 28 Mar 2024; Good Friday 29 Mar and Easter Monday 1 Apr
        // are bank holidays, so the working days are 2, 3, 4, 5, 8, 9 and 10 April: due Wed 10 Apr 2024.
        LocalDate event = LocalDate.of(2024, 3, 28);

        assertThat(CaseNoteRules.recordBy(event, false, calendar)).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(CaseNoteRules.isLate(event, LocalDate.of(2024, 4, 10), false, calendar)).isFalse();
        assertThat(CaseNoteRules.isLate(event, LocalDate.of(2024, 4, 11), false, calendar)).isTrue();
    }

    @Test
    void whereRiskIsIdentifiedTheNoteIsDueByTheEndOfTheNextWorkingDay() {
        // 002 §9d: a visit on Friday 23 Aug 2024 with risk identified; Monday 26 Aug is a bank holiday
        LocalDate event = LocalDate.of(2024, 8, 23);

        assertThat(CaseNoteRules.recordBy(event, true, calendar)).isEqualTo(LocalDate.of(2024, 8, 27));
        assertThat(CaseNoteRules.isLate(event, LocalDate.of(2024, 8, 28), true, calendar)).isTrue();
    }

    @Test
    void aNoteCanBeEditedFor24HoursOnly() {
        OffsetDateTime recorded = OffsetDateTime.of(2025, 1, 6, 10, 0, 0, 0, ZoneOffset.UTC);

        assertThat(CaseNoteRules.canStillEdit(recorded, recorded.plusHours(24))).isTrue();
        assertThat(CaseNoteRules.canStillEdit(recorded, recorded.plusHours(24).plusSeconds(1))).isFalse();
    }
}
