package org.nottspartners.portal.core.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.time.Today;

/**
 * One run of a job for the current council, in a transaction of its own that holds the job's advisory lock
 * ({@code pg_try_advisory_xact_lock}) until it commits or rolls back: taken by one server at a time, never waited for.
 */
@ApplicationScoped
public class JobRuns {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Today today;

    /** What a run did: whether it ran, and what it said (or why it did not run). */
    public record Outcome(boolean ran, String summary) {
    }

    /**
     * Runs the job for the current council on {@code day} unless another run of it holds the lock; when
     * {@code onceADay} (the night's run), also unless it has already run for that day, and records it (one row a night,
     * held by a unique index whatever the isolation level). A run asked for is not recorded, so the night's still runs.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome run(NightlyJob job, LocalDate day, boolean onceADay) {
        String tenant = TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "job:" + job.name() + ":" + tenant).getSingleResult();
        if (!locked) {
            return new Outcome(false, "It is running already, on this server or another; it was not started again.");
        }
        if (onceADay && ((Number) em.createNativeQuery("select count(*) from core_job_run where job = ?1 and for_tenant = ?2"
                + " and run_for = ?3").setParameter(1, job.name()).setParameter(2, tenant).setParameter(3, day)
                .getSingleResult()).longValue() > 0) {
            return new Outcome(false, "It has already run for " + day + ".");
        }
        OffsetDateTime started = today.now();
        String summary = job.run(day);
        if (!onceADay) {
            return new Outcome(true, summary); // a run asked for does not stand for the night's
        }
        em.createNativeQuery("insert into core_job_run (job, for_tenant, run_for, started_at, finished_at, summary)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, job.name()).setParameter(2, tenant).setParameter(3, day).setParameter(4, started)
                .setParameter(5, today.now()).setParameter(6, summary.length() > 1000 ? summary.substring(0, 1000) : summary)
                .executeUpdate();
        return new Outcome(true, summary);
    }
}
