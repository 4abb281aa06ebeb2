package org.nottspartners.portal.earlyhelp.casework;

import java.util.List;

/**
 * The escalation of an allocation dispute (002 §3a5, §3a8): raised with the Team Manager, then escalated
 * to the Service Manager, then the Group Manager; each step is to be resolved within 1 working day.
 */
public final class DisputeLadder {

    /** The steps, in order. */
    public static final List<String> STEPS = List.of("Team Manager", "Service Manager", "Group Manager");

    /** The case event of a dispute raised or escalated. */
    public static final String RAISED = "DISPUTE";

    /** The case event of a dispute resolved. */
    public static final String RESOLVED = "DISPUTE_RESOLVED";

    private DisputeLadder() {
    }

    /** How many steps the open dispute has taken: 0 when there is none (or the last one was resolved). */
    public static int stepsTaken(List<String> disputeKindsOldestFirst) {
        int steps = 0;
        for (String kind : disputeKindsOldestFirst) {
            steps = RESOLVED.equals(kind) ? 0 : steps + 1;
        }
        return steps;
    }
}
