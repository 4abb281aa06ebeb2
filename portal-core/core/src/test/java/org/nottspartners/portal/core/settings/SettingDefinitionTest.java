package org.nottspartners.portal.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Settings are typed definitions (issue 12): each refuses a value of the wrong kind in the administrator's words. */
class SettingDefinitionTest {

    private static final SettingDefinition DAYS = SettingDefinition.number("early-help.final-letter-working-days", 5,
            "Working days to answer the final letter", "002 §3c3");
    private static final SettingDefinition WORDS = SettingDefinition.text("early-help.front-door-contact",
            "Contact the front door now.", "What a referrer is told", "RULES.md §1");
    private static final SettingDefinition DAY = SettingDefinition.choice("demo.meeting-day", DayOfWeek.MONDAY,
            "The day of the week", "none");

    private static final SettingDefinition DAYS_OPEN = SettingDefinition.choices("demo.open-days", DayOfWeek.class,
            java.util.EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.MONDAY), "The days the office is open", "none");

    @Test
    void aChoicesSettingTakesAnyOfItsListOrNone() {
        assertThat(DAYS_OPEN.fallback()).as("in the enum's order").isEqualTo("MONDAY,TUESDAY");
        assertThat(DAYS_OPEN.problem("FRIDAY")).isEmpty();
        assertThat(DAYS_OPEN.problem("MONDAY, FRIDAY")).isEmpty();
        assertThat(DAYS_OPEN.problem("none")).isEmpty();
        assertThat(DAYS_OPEN.problem("MONDAY,FUNDAY")).hasValueSatisfying(m -> assertThat(m)
                .startsWith("'demo.open-days' takes any of: MONDAY, TUESDAY").endsWith("(not: FUNDAY)"));
        assertThat(DAYS_OPEN.problem("")).contains("Enter the new value");
        assertThat(SettingDefinition.choices("demo.none", DayOfWeek.class, java.util.EnumSet.noneOf(DayOfWeek.class), "m", "r")
                .fallback()).isEqualTo("none");
    }

    @Test
    void aNumberTakesAWholeNumberFromNoughtTo999() {
        assertThat(DAYS.problem("10")).isEmpty();
        assertThat(DAYS.problem(" 0 ")).isEmpty();
        assertThat(DAYS.problem("999")).isEmpty();
        assertThat(DAYS.problem("1000")).contains("'early-help.final-letter-working-days' is a whole number: give a number from 0 to 999");
        assertThat(DAYS.problem("five")).isPresent();
        assertThat(DAYS.problem("-1")).isPresent();
        assertThat(DAYS.problem("2.5")).isPresent();
    }

    @Test
    void everyKindRefusesNothingAtAll() {
        for (SettingDefinition d : List.of(DAYS, WORDS, DAY)) {
            assertThat(d.problem("")).contains("Enter the new value");
            assertThat(d.problem("   ")).contains("Enter the new value");
            assertThat(d.problem(null)).contains("Enter the new value");
        }
    }

    @Test
    void wordsTakeUpTo500Characters() {
        assertThat(WORDS.problem("a".repeat(500))).isEmpty();
        assertThat(WORDS.problem("a".repeat(501))).contains("'early-help.front-door-contact' must be 500 characters or fewer");
    }

    @Test
    void aChoiceTakesOnlyTheNamesItOffers() {
        assertThat(DAY.choices()).hasSize(7).startsWith("MONDAY");
        assertThat(DAY.problem("FRIDAY")).isEmpty();
        assertThat(DAY.problem("friday")).contains("'demo.meeting-day' is one of: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY,"
                + " SATURDAY, SUNDAY");
    }

    @Test
    void aDefinitionThatCouldNotBeSetIsRefusedWhenDeclared() {
        assertThatThrownBy(() -> SettingDefinition.number("Early Help days", 5, "m", "r"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-case words");
        assertThatThrownBy(() -> new SettingDefinition("demo.days", SettingKind.WHOLE_NUMBER, "five", "m", "r", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the default 'five' is not a valid value");
        assertThatThrownBy(() -> new SettingDefinition("demo.day", SettingKind.CHOICE, "MONDAY", "m", "r", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a choice names its choices");
        assertThatThrownBy(() -> new SettingDefinition("demo.days", SettingKind.WHOLE_NUMBER, "5", "m", "r", List.of("5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only a choice does");
    }

    @Test
    void theReadmeTableSaysWhatEachSettingTakesAndMeans() {
        String table = SettingsTable.markdown(List.of(DAYS, DAY, SettingDefinition.text("demo.pipe", "a|b", "m", "r")));

        assertThat(table).startsWith(SettingsTable.BEGIN + "\n| Setting | Takes | Default | Meaning | Rule |\n|---|---|---|---|---|\n")
                .endsWith(SettingsTable.END + "\n")
                .contains("| `early-help.final-letter-working-days` | a whole number from 0 to 999 | 5 | Working days to answer"
                        + " the final letter | 002 §3c3 |")
                .contains("| `demo.meeting-day` | one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY | MONDAY |")
                .contains("| a\\|b |");
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("Every setting the core declares is valid: a bad default would break every setting at class load")
    void theCoresOwnSettingsAreValid() {
        org.assertj.core.api.Assertions.assertThat(new org.nottspartners.portal.core.tenancy.PortalSettings().settings())
                .extracting(SettingDefinition::key).contains("portal.demo-notice");
        org.assertj.core.api.Assertions.assertThat(new org.nottspartners.portal.core.clock.ClockSettings().settings()).isNotEmpty();
    }
}
