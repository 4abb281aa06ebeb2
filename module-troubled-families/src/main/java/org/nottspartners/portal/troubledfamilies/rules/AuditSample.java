package org.nottspartners.portal.troubledfamilies.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The SAU's audit sample of claims (002 §13d: "a selection of these cases will then be audited"): drawn at random, but
 * from a recorded seed, so the same population and seed always give the same sample, and the sample can be shown to the
 * national spot-check team and drawn again in front of them.
 */
public final class AuditSample {

    private AuditSample() {
    }

    /** {@code size} of the ids (all of them when fewer), the population taken in its natural order first. */
    public static List<String> draw(List<String> population, int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("A sample has at least one family");
        }
        List<String> ordered = new ArrayList<>(population);
        Collections.sort(ordered);
        Collections.shuffle(ordered, new Random(seed));
        return List.copyOf(ordered.subList(0, Math.min(size, ordered.size())));
    }
}
