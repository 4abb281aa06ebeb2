package org.nottspartners.portal.core.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an information-sharing decision must record (RULES.md §2, from 001 L2222-2232): sharing without
 * consent needs a lawful basis (risk of significant harm, or the public interest) and reasons; a
 * decision not to share needs reasons.
 */
public final class SharingDecisionRule {

    private SharingDecisionRule() {
    }

    /** @return each missing part, by field, in the user's words; empty when the decision can be recorded */
    public static List<Map.Entry<String, String>> problems(boolean share, boolean consentGiven, LawfulBasis basis,
            String reasons) {
        List<Map.Entry<String, String>> problems = new ArrayList<>();
        boolean noReasons = reasons == null || reasons.isBlank();
        if (share && !consentGiven) {
            if (basis == null) {
                problems.add(Map.entry("lawfulBasis",
                        "Sharing without consent needs a lawful basis: risk of significant harm, or the public interest"));
            }
            if (noReasons) {
                problems.add(Map.entry("reasons", "Say why you are sharing without consent"));
            }
        }
        if (!share && noReasons) {
            problems.add(Map.entry("reasons", "Record why you decided not to share"));
        }
        return problems;
    }
}
