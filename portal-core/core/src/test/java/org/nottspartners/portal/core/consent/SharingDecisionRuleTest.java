package org.nottspartners.portal.core.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * RULES.md §2 (001 L2222-2232): sharing without consent needs a recorded lawful basis (risk of
 * significant harm / public interest) and reasons; a decision not to share must be recorded with reasons.
 */
class SharingDecisionRuleTest {

    @Test
    void sharingWithConsentNeedsNothingMore() {
        assertThat(SharingDecisionRule.problems(true, true, null, null)).isEmpty();
    }

    @Test
    void sharingWithoutConsentNeedsALawfulBasisAndReasons() {
        assertThat(SharingDecisionRule.problems(true, false, null, " ")).extracting(Map.Entry::getKey)
                .containsExactly("lawfulBasis", "reasons");
        assertThat(SharingDecisionRule.problems(true, false, LawfulBasis.RISK_OF_SIGNIFICANT_HARM,
                "Bruising seen by the school nurse; mother's partner has a history of violence")).isEmpty();
    }

    @Test
    void aDecisionNotToShareIsRecordedWithReasons() {
        assertThat(SharingDecisionRule.problems(false, false, null, null)).extracting(Map.Entry::getValue)
                .containsExactly("Record why you decided not to share");
        assertThat(SharingDecisionRule.problems(false, true, null, "The request was not for a purpose consented to")).isEmpty();
    }
}
