package org.nottspartners.portal.attendance.waves;

import java.time.LocalDate;
import java.util.Optional;

/** The plain rules of the waves (RULES.md §4 City practice; 004), each number a council setting. */
public final class WaveRules {

    /** The statuses of a pupil's wave case, in the funnel's order. */
    public enum Status {
        TRIAGED, ACCEPTED, NOT_ACCEPTED, ASSIGNED, CLOSED
    }

    /** Who a case is assigned to. */
    public enum Wave {
        TASKFORCE("Wave 2: Attendance Taskforce (pupils at risk of disconnection or of involvement in crime)"),
        FAMILY_SUPPORT("Wave 3: Family Support Officers (hard-to-reach families)");

        private final String label;

        Wave(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How a case closed. */
    public enum Outcome {
        IMPROVED, NOT_IMPROVED, DECLINED
    }

    private WaveRules() {
    }

    /**
     * Why a pupil at {@code percent}% is not triaged for the local authority's support, or empty when they are: Waves 2
     * and 3 are for attendance from {@code from}% up to Wave 1's lowest ({@code wave1From}%, exclusive); above it the
     * school supports the pupil (Wave 1); below {@code from}% is beyond the waves (a referral elsewhere).
     */
    public static Optional<String> triageRefusal(double percent, int from, int wave1From) {
        if (percent >= wave1From) {
            return Optional.of(percent + "% is Wave 1's (from " + wave1From + "%): the school's own support, not the local"
                    + " authority's");
        }
        if (percent < from) {
            return Optional.of(percent + "% is below the waves (from " + from + "%): refer the family for more help instead");
        }
        return Optional.empty();
    }

    /** Why a cycle may not close yet, or empty: a case closes at its cycle's end, unless the family declines. */
    public static Optional<String> closeRefusal(LocalDate cycleEnds, LocalDate on, boolean declined) {
        return declined || !on.isBefore(cycleEnds) ? Optional.empty()
                : Optional.of("The cycle runs to " + org.nottspartners.portal.core.time.DateText.inWords(cycleEnds)
                        + ": close it then, or record that the family declined support");
    }

    /** How a cycle ended: attendance during it against attendance at triage, or the family declined. */
    public static Outcome outcome(double atTriage, double duringCycle, boolean declined) {
        if (declined) {
            return Outcome.DECLINED;
        }
        return duringCycle > atTriage ? Outcome.IMPROVED : Outcome.NOT_IMPROVED;
    }
}
