package org.nottspartners.portal.core.calendar;

/**
 * Where a quality-standard clock stands, as the team dashboard shows it (RULES.md §8: cases in
 * time, due soon and overdue against each standard).
 */
public enum ClockStatus {
    /** Still running and not yet close to its due time. */
    IN_TIME,
    /** Still running and due within the dashboard's "due soon" warning period. */
    DUE_SOON,
    /** Still running and past its due time. */
    OVERDUE,
    /** Still running, with the standard relaxed by a group manager's agreement, reviewed weekly (002 §3c5). */
    RELAXED,
    /** Stopped in time. */
    MET,
    /** Stopped, but after its due time. */
    MET_LATE
}
