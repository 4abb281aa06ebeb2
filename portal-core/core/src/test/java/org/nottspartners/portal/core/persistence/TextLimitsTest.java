package org.nottspartners.portal.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLimitsTest {

    @Test
    void aFieldIsNamedAsAUserReadsIt() {
        assertThat(TextLimits.words("urgencyReason")).isEqualTo("Urgency reason");
        assertThat(TextLimits.words("summary")).isEqualTo("Summary");
        assertThat(TextLimits.words("consentGivenBy")).isEqualTo("Consent given by");
    }
}
