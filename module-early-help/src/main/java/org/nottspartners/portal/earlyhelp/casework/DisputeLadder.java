package org.nottspartners.portal.earlyhelp.casework;

import java.util.List;

/**
 * The escalation of a dispute or disagreement: each council's steps are its setting {@code early-help.dispute-ladder}
 * (County, the default: Team Manager, Service Manager, Group Manager, 002 §3a5, §3a8; the City: from the
 * Screening/Duty worker to the Director of Safeguarding Services, 001 L1808-1830). Which clocks time it is the
 * council's quality standards.
 */
public final class DisputeLadder {

    /** County's steps, in order (002 §3a5, §3a8): the setting's default. */
    public static final List<String> COUNTY_STEPS = List.of("Team Manager", "Service Manager", "Group Manager");

    /** The case event of a dispute raised or escalated. */
    public static final String RAISED = "DISPUTE";

    /** The case event of feedback given to the referrer (001 L1808-1830). */
    public static final String FEEDBACK = "DISPUTE_FEEDBACK";

    /** The case event of a dispute resolved. */
    public static final String RESOLVED = "DISPUTE_RESOLVED";

    private DisputeLadder() {
    }

    /** The steps of a ladder as a council writes them: names separated by semicolons. */
    public static List<String> steps(String setting) {
        return java.util.Arrays.stream(setting.split(";")).map(String::strip).filter(step -> !step.isEmpty()).toList();
    }

    /** How many steps the open dispute has taken: 0 when there is none (or the last one was resolved). */
    public static int stepsTaken(List<String> disputeKindsOldestFirst) {
        int steps = 0;
        for (String kind : disputeKindsOldestFirst) {
            if (RESOLVED.equals(kind)) {
                steps = 0;
            } else if (RAISED.equals(kind)) {
                steps++;
            }
        }
        return steps;
    }
}
