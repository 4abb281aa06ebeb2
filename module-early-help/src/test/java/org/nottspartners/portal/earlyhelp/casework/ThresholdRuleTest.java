package org.nottspartners.portal.earlyhelp.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ThresholdRuleTest {

    private static final String CFD = "Contact Children and Families Direct now on 0115 876 4800.";
    private static final List<String> CITY_EARLY_HELP = List.of("Additional", "Extensive");

    @Test
    @DisplayName("001 L1130-1134, L1162: the City's CAF is for Additional and Extensive only")
    void cityTakesAdditionalAndExtensive() {
        assertThat(ThresholdRule.referralRefusal(new ThresholdRule.Level("Additional", true), CITY_EARLY_HELP, CFD)).isEmpty();
        assertThat(ThresholdRule.referralRefusal(new ThresholdRule.Level("Extensive", true), CITY_EARLY_HELP, CFD)).isEmpty();
    }

    @Test
    @DisplayName("001 L1128: a child at Children in Need or Protection is sent to Children and Families Direct at once")
    void childInNeedOrProtectionGoesToTheFrontDoor() {
        assertThat(ThresholdRule.referralRefusal(new ThresholdRule.Level("Children in Need", false), CITY_EARLY_HELP, CFD))
                .hasValue("Early help is for a child at Additional or Extensive. It cannot take a referral of a child at"
                        + " Children in Need: " + CFD);
        assertThat(ThresholdRule.referralRefusal(new ThresholdRule.Level("Protection", false), CITY_EARLY_HELP, CFD))
                .hasValueSatisfying(m -> assertThat(m).endsWith(CFD));
    }

    @Test
    @DisplayName("001 L1162: a front door cannot pass a Children in Need case to a Family Hub; County Level 4 likewise (002 §1a)")
    void aTeamTakesOnlyEarlyHelpLevels() {
        assertThat(ThresholdRule.acceptanceRefusal(new ThresholdRule.Level("Protection", false), CITY_EARLY_HELP))
                .hasValueSatisfying(m -> assertThat(m).contains("only at Additional or Extensive", "redirect the case to children's social care"));
        assertThat(ThresholdRule.acceptanceRefusal(new ThresholdRule.Level("Level 4", false), List.of("Level 2", "Level 3")))
                .hasValueSatisfying(m -> assertThat(m).contains("only at Level 2 or Level 3. At Level 4"));
        assertThat(ThresholdRule.acceptanceRefusal(new ThresholdRule.Level("Level 3", true), List.of("Level 2", "Level 3"))).isEmpty();
    }

    @Test
    void levelsInWords() {
        assertThat(ThresholdRule.either(List.of("Level 2", "Level 3", "Level 4"))).isEqualTo("Level 2, Level 3 or Level 4");
        assertThat(ThresholdRule.either(List.of("Additional"))).isEqualTo("Additional");
    }
}
