/**
 * The nightly attendance scan (issue 15): every pupil's marks this school year counted in SQL, flagging persistent and
 * severe absence, the penalty-notice threshold, children missing education and (where the council hands off) pupils to
 * refer for case management; run once per cluster through core's nightly jobs.
 */
package org.nottspartners.portal.attendance.scan;
