package org.nottspartners.portal.licensing.checks;

import java.time.LocalDate;
import java.util.List;
import org.nottspartners.portal.licensing.rules.Breach;
import org.nottspartners.portal.licensing.rules.RuleCheck;

/** A rule check's answer: allowed or not, each breach in words, and notes (a licence not needed, how long it runs). */
public record RuleCheckView(boolean allowed, List<BreachView> breaches, List<String> notes) {

    /** One breach: its rule's short name, the day, the words and the source. */
    public record BreachView(String rule, LocalDate day, String words, String source) {
    }

    public static RuleCheckView of(RuleCheck check) {
        return new RuleCheckView(check.allowed(),
                check.breaches().stream().map(b -> new BreachView(b.rule(), b.day(), b.words(), b.source())).toList(), check.notes());
    }
}
