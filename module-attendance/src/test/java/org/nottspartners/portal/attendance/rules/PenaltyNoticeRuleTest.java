package org.nottspartners.portal.attendance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.attendance.rules.PenaltyNoticeRule.Decision;
import org.nottspartners.portal.attendance.rules.PenaltyNoticeRule.EarlierNotice;
import org.nottspartners.portal.core.calendar.BankHolidays;
import org.nottspartners.portal.core.calendar.TermDates;
import org.nottspartners.portal.core.calendar.WorkingDayCalendar;

/**
 * Penalty-notice eligibility (RULES.md §4, national framework from 19 August 2024), on an illustrative 2024/25 school
 * year: half term 28 Oct-1 Nov, Christmas 23 Dec-3 Jan, February half term 17-21 Feb.
 */
class PenaltyNoticeRuleTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.builder("county", BankHolidays.englandAndWales())
            .terms(List.of(new TermDates(d(2024, 9, 2), d(2024, 10, 25)), new TermDates(d(2024, 11, 4), d(2024, 12, 20)),
                    new TermDates(d(2025, 1, 6), d(2025, 2, 14)), new TermDates(d(2025, 2, 24), d(2025, 4, 4)),
                    new TermDates(d(2025, 4, 22), d(2025, 5, 23)), new TermDates(d(2025, 6, 2), d(2025, 7, 22)),
                    new TermDates(d(2025, 9, 3), d(2025, 10, 24)), new TermDates(d(2025, 11, 3), d(2025, 12, 19)),
                    new TermDates(d(2026, 1, 5), d(2026, 2, 13)), new TermDates(d(2026, 2, 23), d(2026, 3, 27)),
                    new TermDates(d(2026, 4, 13), d(2026, 5, 22)), new TermDates(d(2026, 6, 1), d(2026, 7, 21)),
                    new TermDates(d(2026, 9, 2), d(2026, 10, 23)), new TermDates(d(2026, 11, 2), d(2026, 12, 18)),
                    new TermDates(d(2027, 1, 5), d(2027, 2, 12)), new TermDates(d(2027, 2, 22), d(2027, 3, 26)),
                    new TermDates(d(2027, 4, 12), d(2027, 5, 28)), new TermDates(d(2027, 6, 7), d(2027, 7, 21)),
                    new TermDates(d(2027, 9, 1), d(2027, 10, 22)), new TermDates(d(2027, 11, 1), d(2027, 12, 17)),
                    new TermDates(d(2028, 1, 4), d(2028, 2, 11))))
            .build();

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** Both sessions of each day from {@code first}, as many sessions as asked (a morning and an afternoon each day). */
    private static List<LocalDate> sessions(LocalDate first, int count) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate day = first; out.size() < count; day = day.plusDays(1)) {
            if (CALENDAR.isSchoolDay(day)) {
                out.add(day);
                if (out.size() < count) {
                    out.add(day);
                }
            }
        }
        return out;
    }

    private static List<LocalDate> join(List<LocalDate> a, List<LocalDate> b) {
        List<LocalDate> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Decision decide(List<LocalDate> sessions, List<EarlierNotice> earlier, LocalDate on) {
        return PenaltyNoticeRule.decide(sessions, earlier, on, CALENDAR, PenaltyNoticeRule.NATIONAL);
    }

    @Test
    @DisplayName("RULES §4: 10 sessions of unauthorised absence within 10 school weeks: £160, £80 if paid within 21 days")
    void tenSessionsAreEnough() {
        Decision d = decide(sessions(d(2024, 9, 9), 10), List.of(), d(2024, 9, 30));
        assertThat(d.eligible()).isTrue();
        assertThat(d.sessions()).isEqualTo(10);
        assertThat(d.pounds()).isEqualTo(160);
        assertThat(d.reducedPounds()).isEqualTo(80);
        assertThat(d.windowFrom()).contains(d(2024, 9, 9));
        assertThat(d.reason()).contains("£160, £80 if paid within 21 days", "payable within 28 days");
    }

    @Test
    @DisplayName("RULES §4: 9 sessions are not enough, however close together")
    void nineAreNot() {
        Decision d = decide(sessions(d(2024, 9, 9), 9), List.of(), d(2024, 9, 30));
        assertThat(d.eligible()).isFalse();
        assertThat(d.sessions()).isEqualTo(9);
        assertThat(d.reason()).contains("At most 9 sessions", "10 are needed");
    }

    @Test
    @DisplayName("RULES §4: the sessions need not be consecutive; October half term is not a school week, so the window"
            + " from 2 September runs to 17 November")
    void halfTermIsNotASchoolWeek() {
        List<LocalDate> early = sessions(d(2024, 9, 2), 5);
        assertThat(decide(join(early, sessions(d(2024, 11, 13), 5)), List.of(), d(2024, 11, 29)).eligible())
                .as("the 10th school week is 11-15 November").isTrue();
        assertThat(decide(join(early, sessions(d(2024, 11, 18), 5)), List.of(), d(2024, 11, 29)).eligible())
                .as("18 November is in the 11th school week").isFalse();
    }

    @Test
    @DisplayName("RULES §4: a window may span terms: Christmas is not counted, December and February sessions together")
    void aWindowSpansChristmas() {
        Decision d = decide(join(sessions(d(2024, 12, 9), 5), sessions(d(2025, 2, 12), 5)), List.of(), d(2025, 2, 28));
        assertThat(d.eligible()).isTrue();
        assertThat(d.windowFrom()).contains(d(2024, 12, 9));
        assertThat(d.windowTo()).as("ten school weeks from 9 December, Christmas and February half term skipped")
                .contains(d(2025, 3, 9));
    }

    @Test
    @DisplayName("RULES §4: a second notice within 3 years is £160 with no reduction; a withdrawn one does not count")
    void secondNotice() {
        List<LocalDate> absence = sessions(d(2025, 3, 3), 10);
        Decision second = decide(absence, List.of(new EarlierNotice(d(2024, 10, 1), false)), d(2025, 3, 31));
        assertThat(second.eligible()).isTrue();
        assertThat(second.pounds()).isEqualTo(160);
        assertThat(second.reducedPounds()).isNull();
        assertThat(second.reason()).contains("second notice", "no reduction");
        Decision afterWithdrawn = decide(absence, List.of(new EarlierNotice(d(2024, 10, 1), true)), d(2025, 3, 31));
        assertThat(afterWithdrawn.reducedPounds()).as("a withdrawn notice does not count").isEqualTo(80);
    }

    @Test
    @DisplayName("RULES §4: no third notice within 3 years (prosecution instead); after 3 years a notice is a first again")
    void noThirdWithinThreeYears() {
        List<EarlierNotice> two = List.of(new EarlierNotice(d(2024, 10, 1), false), new EarlierNotice(d(2025, 3, 31), false));
        Decision third = decide(sessions(d(2025, 6, 2), 10), two, d(2025, 6, 30));
        assertThat(third.eligible()).isFalse();
        assertThat(third.reason()).contains("a third is not issued", "prosecution", "section 444");
        Decision laterFirst = decide(sessions(d(2027, 9, 6), 10), List.of(new EarlierNotice(d(2024, 10, 1), false)), d(2027, 10, 4));
        assertThat(laterFirst.eligible()).isTrue();
        assertThat(laterFirst.reducedPounds()).as("the 2024 notice is more than 3 years old").isEqualTo(80);
    }

    @Test
    @DisplayName("A notice answers the absence before it: those sessions are not counted towards the next")
    void sessionsBeforeANoticeAreNotCountedAgain() {
        List<LocalDate> absence = join(sessions(d(2025, 1, 6), 8), sessions(d(2025, 1, 27), 4));
        Decision d = decide(absence, List.of(new EarlierNotice(d(2025, 1, 20), false)), d(2025, 2, 7));
        assertThat(d.eligible()).isFalse();
        assertThat(d.sessions()).isEqualTo(4);
        assertThat(d.reason()).contains("since the notice of 2025-01-20");
    }

    @Test
    @DisplayName("Sessions after the day asked about are not counted")
    void onlySessionsUpToTheDay() {
        assertThat(decide(sessions(d(2024, 9, 9), 10), List.of(), d(2024, 9, 11)).eligible()).isFalse();
    }
}
