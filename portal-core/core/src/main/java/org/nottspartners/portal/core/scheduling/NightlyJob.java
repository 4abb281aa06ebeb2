package org.nottspartners.portal.core.scheduling;

import java.time.LocalDate;

/**
 * A module's nightly work (a CDI bean; the core finds every one). It runs for each council where its module is
 * switched on, with that council chosen and inside a transaction of its own, once per cluster a night.
 */
public interface NightlyJob {

    /** The module the job belongs to: it runs only where that module is switched on. */
    String moduleId();

    /** The job's name, unique in the portal ("attendance-scan"). */
    String name();

    /** Does the work for the current council on {@code day}; says what it did in a sentence. */
    String run(LocalDate day);
}
