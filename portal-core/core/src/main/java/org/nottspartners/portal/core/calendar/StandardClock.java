package org.nottspartners.portal.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One case's clock against one quality standard: started by an event (a referral received, a case
 * allocated), due under the timescale in force when it started, stopped by another event (the
 * referral screened, the first TAF held). A plain value: storing it is someone else's job.
 *
 * @param standard the standard as it was in force when the clock started (its timescale is the one
 *     this case is judged by, even if the council has changed the number since)
 * @param startedAt when the starting event happened
 * @param due when the work falls due
 * @param stoppedAt when the stopping event happened, or {@code null} while the clock runs
 */
public record StandardClock(QualityStandard standard, Instant startedAt, Due due, Instant stoppedAt) {

    /** Checks the parts, and that a clock does not stop before it starts. */
    public StandardClock {
        Objects.requireNonNull(standard, "A clock needs its quality standard");
        Objects.requireNonNull(startedAt, "A clock needs the time it started");
        Objects.requireNonNull(due, "A clock needs its due time");
        if (stoppedAt != null && stoppedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("The clock for " + standard.name() + " cannot stop (" + stoppedAt
                    + ") before it started (" + startedAt + ")");
        }
    }

    /**
     * Starts a clock for {@code standard} at {@code startedAt}, due under the standard's own timescale.
     * Use {@link QualityStandardSettings#startClock} to pick the version in force on the day.
     */
    public static StandardClock start(QualityStandard standard, Instant startedAt, WorkingDayCalendar calendar) {
        Objects.requireNonNull(standard, "A clock needs its quality standard");
        Objects.requireNonNull(startedAt, "A clock needs the time it started");
        Objects.requireNonNull(calendar, "A clock needs the council's calendar to work out its due time");
        return new StandardClock(standard, startedAt, standard.dueRule().dueFrom(startedAt, calendar), null);
    }

    /** This clock stopped at {@code at}. */
    public StandardClock stop(Instant at) {
        Objects.requireNonNull(at, "Say when the clock stopped");
        if (stoppedAt != null) {
            throw new IllegalStateException("The clock for " + standard.name() + " already stopped at " + stoppedAt);
        }
        return new StandardClock(standard, startedAt, due, at);
    }

    /** Whether the clock is still running (has not been stopped). */
    public boolean isRunning() {
        return stoppedAt == null;
    }

    /**
     * The clock's status as at {@code now}.
     * <ul>
     *   <li>Stopped at or before {@code now}: {@link ClockStatus#MET} if in time, otherwise
     *       {@link ClockStatus#MET_LATE}.</li>
     *   <li>Running (or stopped only after {@code now}, so that a status can be worked out as at an
     *       earlier day): {@link ClockStatus#OVERDUE} once the due time has passed;
     *       {@link ClockStatus#DUE_SOON} if it would be overdue were it done {@code dueSoonThreshold}
     *       from now; otherwise {@link ClockStatus#IN_TIME}.</li>
     * </ul>
     *
     * @param dueSoonThreshold the dashboard's warning period, for example 2 days; zero turns the
     *     warning off
     */
    public ClockStatus status(Instant now, Duration dueSoonThreshold) {
        Objects.requireNonNull(now, "Say as at when the status is wanted");
        Objects.requireNonNull(dueSoonThreshold, "Say how long before the due time a clock is 'due soon'");
        if (dueSoonThreshold.isNegative()) {
            throw new IllegalArgumentException("The 'due soon' warning period cannot be negative (" + dueSoonThreshold + ")");
        }
        if (stoppedAt != null && !stoppedAt.isAfter(now)) {
            return due.isMetBy(stoppedAt) ? ClockStatus.MET : ClockStatus.MET_LATE;
        }
        if (!due.isMetBy(now)) {
            return ClockStatus.OVERDUE;
        }
        if (!due.isMetBy(now.plus(dueSoonThreshold))) {
            return ClockStatus.DUE_SOON;
        }
        return ClockStatus.IN_TIME;
    }
}
