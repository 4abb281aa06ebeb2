package org.nottspartners.portal.troubledfamilies.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.troubledfamilies.rules.BoardRow.Polarity;

@DisplayName("issue 18 (001 CYPP Performance Report): polarity, previous two outturns, quarters, target, better than last year, target met")
class BoardRowTest {

    @Test
    void higherIsBetter() {
        BoardRow r = BoardRow.of("Families attached", Polarity.HIGHER_IS_BETTER, 80, 90, List.of(20L, 30L, 25L, 20L), 95L);
        assertThat(r.outturn()).isEqualTo(95);
        assertThat(r.betterThanLastYear()).isTrue();
        assertThat(r.targetMet()).isTrue();
        BoardRow short_ = BoardRow.of("Families attached", Polarity.HIGHER_IS_BETTER, 80, 90, List.of(20L, 30L, 25L, 15L), 95L);
        assertThat(short_.betterThanLastYear()).isFalse();
        assertThat(short_.targetMet()).isFalse();
    }

    @Test
    void lowerIsBetterAndNoTarget() {
        BoardRow r = BoardRow.of("Claims not upheld", Polarity.LOWER_IS_BETTER, 4, 3, List.of(0L, 1L, 0L, 0L), null);
        assertThat(r.betterThanLastYear()).isTrue();
        assertThat(r.targetMet()).isNull();
        assertThat(BoardRow.of("Claims not upheld", Polarity.LOWER_IS_BETTER, 4, 3, List.of(3L), 2L).targetMet()).isFalse();
    }
}
