/**
 * The City's waves of attendance support (RULES.md §4 City practice; 004): a pupil triaged at Waves 2 and 3's
 * attendance, accepted, assigned to the Attendance Taskforce (Wave 2) or a Family Support Officer (Wave 3) for a 6-week
 * cycle, and closed with whether attendance improved or the family declined; the funnel the board reads.
 */
package org.nottspartners.portal.attendance.waves;
