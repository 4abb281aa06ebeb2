package org.nottspartners.portal.attendance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.attendance.waves.WaveRules;

/** The City's waves (RULES.md §4 City practice; 004 "Wave 1 ... 71-95%; Wave 2, Wave 3 ... 41-70%; 6-week cycles"). */
class WaveRulesTest {

    @Test
    @DisplayName("004: the local authority's waves take 41-70%; 71% and above is the school's Wave 1; below 41% is beyond the waves")
    void triageBands() {
        assertThat(WaveRules.triageRefusal(41.0, 41, 71)).isEmpty();
        assertThat(WaveRules.triageRefusal(70.9, 41, 71)).isEmpty();
        assertThat(WaveRules.triageRefusal(71.0, 41, 71)).get().asString().contains("Wave 1");
        assertThat(WaveRules.triageRefusal(40.9, 41, 71)).get().asString().contains("below the waves");
    }

    @Test
    @DisplayName("004: a cycle closes at its end unless the family declines; improved when attendance during it rose")
    void cycles() {
        LocalDate end = LocalDate.of(2026, 12, 14);
        assertThat(WaveRules.closeRefusal(end, end.minusDays(1), false)).get().asString().contains("14 December 2026");
        assertThat(WaveRules.closeRefusal(end, end.minusDays(10), true)).isEmpty();
        assertThat(WaveRules.closeRefusal(end, end, false)).isEmpty();
        assertThat(WaveRules.outcome(55.0, 80.0, false)).isEqualTo(WaveRules.Outcome.IMPROVED);
        assertThat(WaveRules.outcome(55.0, 55.0, false)).isEqualTo(WaveRules.Outcome.NOT_IMPROVED);
        assertThat(WaveRules.outcome(55.0, 90.0, true)).isEqualTo(WaveRules.Outcome.DECLINED);
    }
}
