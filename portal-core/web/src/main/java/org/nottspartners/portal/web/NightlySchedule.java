package org.nottspartners.portal.web;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nottspartners.portal.core.scheduling.NightlyJobs;

/**
 * The portal's night: the container's own timer (Jakarta EE {@code @Schedule}, not persistent) fires at 02:00 in
 * England on each server and hands over to core's {@link NightlyJobs}, which runs each job once per cluster. The timer
 * lives and dies with the application, so a redeployment leaves nothing behind. {@code portal.nightly.enabled=false}
 * switches it off.
 */
@Singleton
public class NightlySchedule {

    @Inject
    NightlyJobs jobs;

    @Inject
    @ConfigProperty(name = "portal.nightly.enabled", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "2", minute = "0", timezone = "Europe/London", persistent = false, info = "portal nightly jobs")
    void tonight() {
        if (enabled) {
            jobs.runTonight();
        }
    }
}
