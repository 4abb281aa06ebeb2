package org.nottspartners.portal.troubledfamilies.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RULES §7: the dashboard's cost benefits, from the council's unit costs")
class CostBenefitTest {

    @Test
    void fromUnitCosts() {
        CostBenefit c = CostBenefit.of(10, 24, 4000, 2500);
        assertThat(c.costPounds()).isEqualTo(40_000);
        assertThat(c.valuePounds()).isEqualTo(60_000);
        assertThat(c.ratio()).contains(1.5);
        assertThat(c.inWords()).isEqualTo("£60000 of outcomes sustained for £40000 of work with 10 families: £1.5 for every £1");
    }

    @Test
    void noUnitCostsNoFigure() {
        CostBenefit c = CostBenefit.of(10, 24, 0, 2500);
        assertThat(c.ratio()).isEmpty();
        assertThat(c.inWords()).startsWith("The council has not set its unit costs");
        assertThat(CostBenefit.of(0, 0, 4000, 2500).ratio()).isEmpty();
    }
}
