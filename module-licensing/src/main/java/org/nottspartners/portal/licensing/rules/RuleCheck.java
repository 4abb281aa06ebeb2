package org.nottspartners.portal.licensing.rules;

import java.util.List;

/**
 * What a check of a plan found: allowed when nothing breaks a rule; each breach in words; and notes that are not
 * breaches (no licence needed under an exemption, the date a licence would run to).
 */
public record RuleCheck(boolean allowed, List<Breach> breaches, List<String> notes) {

    public RuleCheck {
        breaches = List.copyOf(breaches);
        notes = List.copyOf(notes);
    }

    static RuleCheck of(List<Breach> breaches, List<String> notes) {
        return new RuleCheck(breaches.isEmpty(), breaches, notes);
    }
}
