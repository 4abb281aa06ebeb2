/**
 * Work the portal does by itself once a night for each council (a module's scans, its clocks), run once per cluster:
 * each run holds a PostgreSQL advisory lock for its job and council, so a second server, or a second start while one is
 * running, is told and does nothing; and a night's run is recorded, so a server whose schedule comes round after
 * another's has run does not run it again.
 */
package org.nottspartners.portal.core.scheduling;
