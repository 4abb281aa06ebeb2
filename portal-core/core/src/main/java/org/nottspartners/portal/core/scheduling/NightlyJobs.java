package org.nottspartners.portal.core.scheduling;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.tenancy.TenantDirectory;
import org.nottspartners.portal.core.time.Today;

/**
 * Runs every module's {@link NightlyJob} at 02:00 in England (the portal's clock) for each council where the module is
 * on, on the application server's managed scheduled executor; and runs one now when an officer asks. Each run goes
 * through {@link JobRuns}, so with several servers on one database it runs once. {@code portal.nightly.enabled=false}
 * switches the schedule off (a run asked for still runs).
 */
@ApplicationScoped
public class NightlyJobs {

    private static final Logger LOG = Logger.getLogger(NightlyJobs.class.getName());
    private static final LocalTime AT = LocalTime.of(2, 0);

    @Inject
    Instance<NightlyJob> jobs;

    @Inject
    JobRuns runs;

    @Inject
    TenantDirectory tenants;

    @Inject
    Today today;

    @Inject
    @ConfigProperty(name = "portal.nightly.enabled", defaultValue = "true")
    boolean enabled;

    private volatile ManagedScheduledExecutorService executor;
    private volatile ScheduledFuture<?> next;

    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        if (enabled && executor == null) {
            executor = lookup().orElse(null);
            if (executor == null) {
                LOG.warning("No managed scheduled executor: nightly jobs run only when asked for");
                return;
            }
            scheduleNext();
        }
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> f = next;
        if (f != null) {
            f.cancel(false);
        }
    }

    /** Runs the named job now for the current council, once per cluster at a time; not found when there is no such job. */
    public Optional<JobRuns.Outcome> runNow(String name) {
        LocalDate day = today.date();
        return all().stream().filter(j -> j.name().equals(name)).findFirst().map(j -> runs.run(j, day, false));
    }

    /** The night's runs: every job, for every council where its module is on. */
    void runTonight() {
        try {
            runEach();
        } catch (RuntimeException e) {
            // the database down at 02:00, say: said loudly, and tried again the next night
            LOG.log(Level.SEVERE, "The nightly jobs could not run tonight; they run again tomorrow night", e);
        }
    }

    private void runEach() {
        LocalDate day = today.date();
        for (NightlyJob job : all()) {
            for (String tenant : tenants.tenantsWithModule(job.moduleId())) {
                try {
                    JobRuns.Outcome outcome = TenantScope.runAs(tenant, () -> runs.run(job, day, true));
                    LOG.info(() -> "Nightly " + job.name() + " for " + tenant + ": " + outcome.summary());
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Nightly " + job.name() + " for " + tenant + " failed; it runs again tomorrow", e);
                }
            }
        }
    }

    private List<NightlyJob> all() {
        return jobs.stream().toList();
    }

    private void scheduleNext() {
        ZonedDateTime now = ZonedDateTime.now(today.clock()).withZoneSameInstant(Today.ENGLAND);
        ZonedDateTime at = now.toLocalDate().atTime(AT).atZone(Today.ENGLAND);
        if (!at.isAfter(now)) {
            at = now.toLocalDate().plusDays(1).atTime(AT).atZone(Today.ENGLAND);
        }
        long delay = Duration.between(now, at).toMillis();
        try {
            next = executor.schedule(() -> {
                try {
                    runTonight();
                } finally {
                    scheduleNext();
                }
            }, delay, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The nightly jobs could not be scheduled (the application stopping?): none will run", e);
        }
    }

    private static Optional<ManagedScheduledExecutorService> lookup() {
        for (String name : List.of("java:comp/DefaultManagedScheduledExecutorService",
                "concurrent/__defaultManagedScheduledExecutorService")) {
            try {
                return Optional.of((ManagedScheduledExecutorService) new InitialContext().lookup(name));
            } catch (NamingException | ClassCastException notThere) {
                // try the next name
            }
        }
        return Optional.empty();
    }
}
