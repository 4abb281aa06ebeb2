package org.nottspartners.portal.core.clock;

/**
 * How many running clocks of one standard a team's worker has, in time, due soon and overdue, and how many
 * are relaxed by a group manager (not counted in the other three while the relaxation holds).
 *
 * @param worker the worker's user id, or null for work not yet allocated to anyone
 */
public record ClockCount(String team, String worker, String standardId, String standardName, long inTime, long dueSoon,
        long overdue, long relaxed) {

    /** JPQL's {@code sum} gives a Long (null over no rows). */
    public ClockCount(String team, String worker, String standardId, String standardName, Long inTime, Long dueSoon,
            Long overdue, Long relaxed) {
        this(team, worker, standardId, standardName, n(inTime), n(dueSoon), n(overdue), n(relaxed));
    }

    private static long n(Long value) {
        return value == null ? 0 : value;
    }

    public long running() {
        return inTime + dueSoon + overdue + relaxed;
    }
}
