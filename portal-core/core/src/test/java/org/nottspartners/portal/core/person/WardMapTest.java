package org.nottspartners.portal.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RULES §2: the City derives the ward from the postcode (004), 'Postcode unmatched' otherwise")
class WardMapTest {

    private final WardMap city = WardMap.of(Map.of("ng7", "Radford", "NG7 2", "Lenton & Wollaton East", "ng7 2rd", "Castle"));

    @Test
    @DisplayName("The most precise entry wins: whole postcode, then sector, then district")
    void mostPrecise() {
        assertThat(city.wardOf("NG7 2RD")).contains("Castle");
        assertThat(city.wardOf("NG7 2QQ")).contains("Lenton & Wollaton East");
        assertThat(city.wardOf("NG7 5AA")).contains("Radford");
    }

    @Test
    @DisplayName("A postcode outside the map is 'Postcode unmatched', as in the City's attendance reports (004)")
    void unmatched() {
        assertThat(city.wardOf("NG1 5AA")).contains(WardMap.UNMATCHED);
    }

    @Test
    @DisplayName("A council with no map (the County) and a person with no postcode have no ward")
    void noWard() {
        assertThat(WardMap.of(Map.of()).wardOf("NG18 1AA")).isEmpty();
        assertThat(city.wardOf(null)).isEmpty();
    }
}
