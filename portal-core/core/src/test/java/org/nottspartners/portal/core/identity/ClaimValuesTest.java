package org.nottspartners.portal.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimValuesTest {

    @Test
    void takesTheFirstOfAListOrTheStringItself() {
        assertThat(ClaimValues.firstString(List.of("Nottinghamshire Police", "Other"))).contains("Nottinghamshire Police");
        assertThat(ClaimValues.firstString("Bluecoat Primary School")).contains("Bluecoat Primary School");
        assertThat(ClaimValues.firstString(List.of())).isEmpty();
        assertThat(ClaimValues.firstString(null)).isEmpty();
    }
}
