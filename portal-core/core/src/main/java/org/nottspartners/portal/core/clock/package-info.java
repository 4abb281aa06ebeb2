/**
 * Quality-standard clocks kept for every module (RULES.md §8): modules register their standards in
 * their descriptors and start and stop clocks on their events; the core keeps the clocks, judges each
 * by the timescale in force when it started, and shows teams and workers what is in time, due soon and
 * overdue.
 */
package org.nottspartners.portal.core.clock;
