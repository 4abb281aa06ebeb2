package org.nottspartners.portal.core.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.tenancy.TenantDirectory;
import org.nottspartners.portal.core.time.Today;

/**
 * Runs every module's {@link NightlyJob} for each council where the module is on, when the portal's timer fires at
 * 02:00 in England (the web module's {@code NightlySchedule}, the container's own timer, so nothing outlives a
 * redeployment); and runs one now when an officer asks. Each run goes through {@link JobRuns}, so with several servers
 * on one database it runs once.
 */
@ApplicationScoped
public class NightlyJobs {

    private static final Logger LOG = Logger.getLogger(NightlyJobs.class.getName());

    @Inject
    Instance<NightlyJob> jobs;

    @Inject
    JobRuns runs;

    @Inject
    TenantDirectory tenants;

    @Inject
    Today today;

    /** Runs the named job now for the current council, once per cluster at a time; not found when there is no such job. */
    public Optional<JobRuns.Outcome> runNow(String name) {
        LocalDate day = today.date();
        return all().stream().filter(j -> j.name().equals(name)).findFirst().map(j -> runs.run(j, day, false));
    }

    /** The night's runs: every job, for every council where its module is on (the web module's timer calls this at 02:00). */
    public void runTonight() {
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
}
