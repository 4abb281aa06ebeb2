package org.nottspartners.portal.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateAndPostcodesTest {

    @Test
    void readsYearsMonthsDaysAndBritishDates() {
        assertThat(PartialDate.parse("2015")).contains(new PartialDate(2015, null, null));
        assertThat(PartialDate.parse("2015-04")).contains(new PartialDate(2015, 4, null));
        assertThat(PartialDate.parse("02/04/2015")).contains(new PartialDate(2015, 4, 2));
        assertThat(PartialDate.parse("2015-02-30")).isEmpty();
        assertThat(PartialDate.parse("next tuesday")).isEmpty();
        assertThat(PartialDate.parse("2015-04").orElseThrow().matches(LocalDate.of(2015, 4, 30))).isTrue();
        assertThat(PartialDate.parse("2015-04").orElseThrow().matches(LocalDate.of(2015, 5, 1))).isFalse();
    }

    @Test
    void writesPostcodesTheUsualWay() {
        assertThat(Postcodes.normalise("ng72bb")).contains("NG7 2BB");
        assertThat(Postcodes.normalise(" NG1  5AA ")).contains("NG1 5AA");
        assertThat(Postcodes.normalise("nottingham")).isEmpty();
    }
}
