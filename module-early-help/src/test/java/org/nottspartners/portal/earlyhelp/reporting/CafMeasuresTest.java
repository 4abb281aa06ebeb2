package org.nottspartners.portal.earlyhelp.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The City's CAF measures (RULES.md §3 "City reporting"), with the seed's own figures (001 L882, L2086-2090). */
class CafMeasuresTest {

    @Test
    @DisplayName("001 L882: 987 CAFs initiated in 2013/14 were 157 per 10,000 children")
    void initiatedPer10000() {
        assertThat(CafMeasures.per10000(987, 62_866)).isEqualTo(157.0);
        assertThat(CafMeasures.per10000(1071, 55_781)).as("2011/12: 1071 were 192 per 10,000").isEqualTo(192.0);
        assertThat(CafMeasures.per10000(5, 0)).as("no population given: no rate, not a division by zero").isNull();
    }

    @Test
    @DisplayName("001 L2088-2090: 444 closures with needs met were 50.2% of all closures; escalations 16.2%")
    void closureShares() {
        CafMeasures.Year year = CafMeasures.year(LocalDate.of(2013, 4, 1), 62_866, 987, 884, 444, 143);
        assertThat(year.label()).isEqualTo("2013/14");
        assertThat(year.needsMetShare()).isEqualTo(50.2);
        assertThat(year.escalatedShare()).isEqualTo(16.2);
        assertThat(CafMeasures.share(1, 0)).as("nothing closed: no share").isNull();
    }

    @Test
    @DisplayName("A reporting year runs from 1 April: 31 March is the year before's, 1 April the new one's")
    void reportingYear() {
        assertThat(CafMeasures.yearStarting(LocalDate.of(2027, 3, 31))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(CafMeasures.yearStarting(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(CafMeasures.label(LocalDate.of(2099, 4, 1))).isEqualTo("2099/00");
    }

    @Test
    @DisplayName("001 L882 'cumulative totals', 'to better the previous year's outturn': months add up, higher is better")
    void cumulativeAgainstLastYear() {
        long[] thisYear = {10, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        long[] lastYear = {5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5};
        List<CafMeasures.MonthPoint> months = CafMeasures.months(thisYear, 10_000, lastYear, 10_000);
        assertThat(months).hasSize(12);
        assertThat(months.get(0).month()).isEqualTo("Apr");
        assertThat(months.get(2).thisYearPer10000()).isEqualTo(30.0);
        assertThat(months.get(11).previousYearPer10000()).isEqualTo(60.0);
        CafMeasures.Year now = CafMeasures.year(LocalDate.of(2026, 4, 1), 10_000, 30, 0, 0, 0);
        CafMeasures.Year before = CafMeasures.year(LocalDate.of(2025, 4, 1), 10_000, 60, 0, 0, 0);
        assertThat(CafMeasures.direction(now, before)).startsWith("Lower");
        assertThat(CafMeasures.direction(before, now)).startsWith("Higher");
    }
}
