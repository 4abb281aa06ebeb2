package org.nottspartners.portal.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.person.AddressRules.Move;
import org.nottspartners.portal.core.person.AddressRules.Period;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;

@DisplayName("Address history (issue 22): a move closes the current address the day before; no two periods overlap")
class AddressRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Test
    @DisplayName("The first address is simply the current one")
    void firstAddress() {
        Move m = AddressRules.move(List.of(), LocalDate.of(2019, 1, 1), TODAY);
        assertThat(m.closed()).isEmpty();
        assertThat(m.closesOn()).isNull();
        assertThat(m.opened()).isEqualTo(new Period(LocalDate.of(2019, 1, 1), null));
    }

    @Test
    @DisplayName("A move closes the current address the day before the new one starts, across a month and a leap day")
    void moveClosesTheCurrentAddressTheDayBefore() {
        Period current = new Period(LocalDate.of(2019, 1, 1), null);
        Move m = AddressRules.move(List.of(new Period(LocalDate.of(2015, 6, 1), LocalDate.of(2018, 12, 31)), current),
                LocalDate.of(2024, 3, 1), TODAY);
        assertThat(m.closed()).contains(current);
        assertThat(m.closesOn()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(m.opened()).isEqualTo(new Period(LocalDate.of(2024, 3, 1), null));
    }

    @Test
    @DisplayName("A move the day after the current address began leaves it one day long; a move today is allowed")
    void shortestStay() {
        Move m = AddressRules.move(List.of(new Period(LocalDate.of(2026, 5, 18), null)), LocalDate.of(2026, 5, 19), TODAY);
        assertThat(new Period(LocalDate.of(2026, 5, 18), m.closesOn())).isEqualTo(new Period(LocalDate.of(2026, 5, 18), LocalDate.of(2026, 5, 18)));
        assertThat(AddressRules.move(List.of(), TODAY, TODAY).opened().from()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("A move on or before the day the current address began would overlap it: refused, naming the date")
    void moveNotAfterTheCurrentAddressIsRefused() {
        List<Period> history = List.of(new Period(LocalDate.of(2019, 1, 1), null));
        for (LocalDate from : List.of(LocalDate.of(2019, 1, 1), LocalDate.of(2018, 7, 1))) {
            assertThatThrownBy(() -> AddressRules.move(history, from, TODAY))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(Problem.FieldError::field)
                            .containsExactly("from"))
                    .hasMessageContaining("since 2019-01-01");
        }
    }

    @Test
    @DisplayName("With no current address, a move into an earlier period is refused too")
    void moveIntoAClosedPeriodIsRefused() {
        List<Period> history = List.of(new Period(LocalDate.of(2015, 6, 1), LocalDate.of(2018, 12, 31)));
        assertThatThrownBy(() -> AddressRules.move(history, LocalDate.of(2018, 12, 31), TODAY))
                .hasMessageContaining("until 2018-12-31");
        assertThat(AddressRules.move(history, LocalDate.of(2019, 1, 1), TODAY).closed()).isEmpty();
    }

    @Test
    @DisplayName("A move is recorded once it has happened, and needs its date")
    void futureOrMissingDate() {
        assertThatThrownBy(() -> AddressRules.move(List.of(), TODAY.plusDays(1), TODAY)).hasMessageContaining("cannot be in the future");
        assertThatThrownBy(() -> AddressRules.move(List.of(), null, TODAY)).hasMessageContaining("Enter the date they moved in");
    }

    @Test
    @DisplayName("Periods overlap when they share a day; an open period overlaps everything after its start")
    void overlaps() {
        Period a = new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
        assertThat(a.overlaps(new Period(LocalDate.of(2020, 12, 31), null))).isTrue();
        assertThat(a.overlaps(new Period(LocalDate.of(2021, 1, 1), null))).isFalse();
        assertThat(new Period(LocalDate.of(2021, 1, 1), null).overlaps(a)).isFalse();
        assertThat(new Period(LocalDate.of(2019, 1, 1), null).overlaps(a)).isTrue();
        assertThat(a.overlaps(new Period(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 1)))).isTrue();
        assertThatThrownBy(() -> new Period(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("A history built move by move never overlaps, and has exactly one current address")
    void historyBuiltByMovesNeverOverlaps() {
        List<Period> history = new ArrayList<>();
        for (LocalDate from : List.of(LocalDate.of(2010, 2, 1), LocalDate.of(2012, 3, 1), LocalDate.of(2012, 3, 2),
                LocalDate.of(2020, 1, 1), LocalDate.of(2026, 5, 20))) {
            Move m = AddressRules.move(history, from, TODAY);
            m.closed().ifPresent(c -> history.set(history.indexOf(c), new Period(c.from(), m.closesOn())));
            history.add(m.opened());
            assertThat(AddressRules.overlapping(history)).as("after the move of %s", from).isFalse();
            assertThat(history.stream().filter(Period::isCurrent)).hasSize(1);
        }
        assertThat(history).extracting(Period::to).containsExactly(LocalDate.of(2012, 2, 29), LocalDate.of(2012, 3, 1),
                LocalDate.of(2019, 12, 31), LocalDate.of(2026, 5, 19), null);
        assertThat(AddressRules.overlapping(List.of(new Period(LocalDate.of(2020, 1, 1), null),
                new Period(LocalDate.of(2021, 1, 1), null)))).isTrue();
    }
}
