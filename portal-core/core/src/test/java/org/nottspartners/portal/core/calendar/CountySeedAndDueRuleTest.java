package org.nottspartners.portal.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nottspartners.portal.core.calendar.TestCalendars.date;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("RULES §8: County quality standards seeded from 002, and timescales in words")
class CountySeedAndDueRuleTest {

    private static final LocalDate TODAY_FOR_TEST = date(2024, 6, 1);

    private final QualityStandardSettings county = CountySeed.settings();

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("RULES §3, §8: the seeded County timescales are the operating guidance's")
    @CsvSource({
            "ehu-processing, 2 weeks",
            "screening, 5 working days",
            "screening-urgent, 24 hours",
            "return-interview, 72 hours",
            "homeless-allocation, 1 hour",
            "initial-contact, 5 working days",
            "first-home-visit, 10 working days",
            "full-assessment, 30 working days",
            "plan-agreed, 40 working days",
            "first-taf, 35 working days",
            "review-taf, 16 weeks",
            "record-risk, 1 working day",
            "record, 7 working days"})
    void seededTimescales(String id, String timescale) {
        assertThat(county.ruleInForceOn(id, TODAY_FOR_TEST).inWords()).isEqualTo(timescale);
        assertThat(county.standardInForceOn(id, TODAY_FOR_TEST).source()).startsWith("002 §");
    }

    @Test
    @DisplayName("RULES §8: each seeded standard has one version and names its starting and stopping events and role")
    void seedIsComplete() {
        assertThat(county.council()).isEqualTo("county");
        assertThat(county.standardIds()).hasSize(county.versions().size()).contains("screening", "first-taf");
        assertThat(county.versions()).allSatisfy(v -> {
            assertThat(v.standard().startsWhen()).isNotBlank();
            assertThat(v.standard().stopsWhen()).isNotBlank();
            assertThat(v.standard().responsibleRole()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @DisplayName("Timescales read back as they are written")
    @CsvSource({"5 working days", "1 working day", "24 hours", "1 hour", "2 weeks", "1 week", "10 school weeks", "1 school week", "1 month", "3 months", "25 days", "1 day"})
    void roundTrip(String words) {
        assertThat(DueRule.parse(words).inWords()).isEqualTo(words);
    }

    @Test
    @DisplayName("Issue 23: 'not used' is a council's word for a standard its own guidance does not have: no clock, no due time")
    void notUsed() {
        DueRule rule = DueRule.parse(" Not used ");
        assertThat(rule.inUse()).isFalse();
        assertThat(rule.inWords()).isEqualTo("not used");
        assertThat(DueRule.parse("5 working days").inUse()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rule.dueFrom(java.time.Instant.EPOCH, null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("Monthly contact (002 §3c5) falls due on the same day of the month, or the month's last day")
    void months() {
        WorkingDayCalendar calendar = TestCalendars.plain("county");
        Due monthly = new DueRule.CalendarMonths(1).dueFrom(TestCalendars.london(2025, 1, 31, 10, 0), calendar);
        assertThat(monthly).isEqualTo(new Due.ByEndOfDay(TestCalendars.date(2025, 2, 28), calendar.zone()));
        Due quarterly = new DueRule.CalendarMonths(3).dueFrom(TestCalendars.london(2025, 3, 10, 10, 0), calendar);
        assertThat(quarterly).isEqualTo(new Due.ByEndOfDay(TestCalendars.date(2025, 6, 10), calendar.zone()));
    }

    @Test
    @DisplayName("An employment permit within 25 days (002 §14c): calendar days, weekends and bank holidays counted")
    void calendarDays() {
        WorkingDayCalendar calendar = TestCalendars.plain("county");
        // applied on Friday 19 December 2025: due at the end of Tuesday 13 January 2026, over Christmas
        Due permit = DueRule.parse("25 days").dueFrom(TestCalendars.london(2025, 12, 19, 16, 0), calendar);
        assertThat(permit).isEqualTo(new Due.ByEndOfDay(TestCalendars.date(2026, 1, 13), calendar.zone()));
    }

    @Test
    @DisplayName("Timescales that cannot be read, or of zero, are refused in plain words")
    void badTimescales() {
        assertThatThrownBy(() -> DueRule.parse("a fortnight"))
                .hasMessageContaining("'a fortnight' is not a timescale this portal understands");
        assertThatThrownBy(() -> new DueRule.WorkingDays(0)).hasMessageContaining("at least 1");
        // RULES §0: a council types its own numbers, in any of the units, so none of them may be zero
        for (String zero : List.of("0 working days", "0 days", "0 hours", "0 weeks", "0 months", "0 school weeks")) {
            assertThatThrownBy(() -> DueRule.parse(zero)).as(zero).hasMessageContaining("A timescale must be at least 1");
        }
        assertThatThrownBy(() -> QualityStandardSettings.fromCsv("county", new StringReader(
                "id,effective_from,due_rule,name,starts_when,stops_when,responsible_role,source\n"
                        + "x,2018-01-01,soon,Name,Start,Stop,Role,002\n"), "bad.csv"))
                .hasMessageContaining("bad.csv line 2").hasMessageContaining("'soon' is not a timescale");
        assertThatThrownBy(() -> new QualityStandard("x", "Name", "Start", new DueRule.ClockHours(1), "Stop", " ", "002"))
                .hasMessageContaining("needs a responsible role");
    }
}
