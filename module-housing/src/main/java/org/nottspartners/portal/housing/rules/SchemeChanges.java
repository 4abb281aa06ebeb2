package org.nottspartners.portal.housing.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nottspartners.portal.housing.rules.ScoringScheme.Option;
import org.nottspartners.portal.housing.rules.ScoringScheme.Question;

/**
 * What changed between two versions of a scoring scheme, in words: what an administrator who edited an older version
 * is told when someone saved a newer one first (issue 17: "a score edit on a stale version: 409 with what changed").
 */
public final class SchemeChanges {

    private SchemeChanges() {
    }

    public static List<String> between(ScoringScheme before, ScoringScheme after) {
        List<String> changes = new ArrayList<>();
        for (Question old : before.questions()) {
            Question now = find(after, old.code());
            if (now == null) {
                changes.add("question '" + old.text() + "' removed");
                continue;
            }
            if (!Objects.equals(old.text(), now.text())) {
                changes.add("question '" + old.text() + "' now reads '" + now.text() + "'");
            }
            if (old.weight() != now.weight()) {
                changes.add("question '" + now.text() + "': weight " + old.weight() + " \u2192 " + now.weight());
            }
            for (Option o : old.options()) {
                Option n = now.options().stream().filter(x -> x.code().equals(o.code())).findFirst().orElse(null);
                if (n == null) {
                    changes.add("question '" + now.text() + "': answer '" + o.text() + "' removed");
                } else {
                    if (!Objects.equals(o.text(), n.text())) {
                        changes.add("question '" + now.text() + "': answer '" + o.text() + "' now reads '" + n.text() + "'");
                    }
                    if (o.points() != n.points()) {
                        changes.add("question '" + now.text() + "': answer '" + n.text() + "' points " + o.points() + " \u2192 "
                                + n.points());
                    }
                }
            }
            for (Option n : now.options()) {
                if (old.options().stream().noneMatch(x -> x.code().equals(n.code()))) {
                    changes.add("question '" + now.text() + "': answer '" + n.text() + "' added (" + n.points() + " points)");
                }
            }
        }
        for (Question now : after.questions()) {
            if (find(before, now.code()) == null) {
                changes.add("question '" + now.text() + "' added (weight " + now.weight() + ")");
            }
        }
        return changes;
    }

    private static Question find(ScoringScheme scheme, String code) {
        return scheme.questions().stream().filter(q -> q.code().equals(code)).findFirst().orElse(null);
    }
}
