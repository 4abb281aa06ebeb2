/**
 * Attendance rules in plain Java, tested with cases cited from RULES.md §4: rates, persistent and severe absence, and
 * penalty-notice eligibility over rolling school weeks from the council's term dates. Every number is a council
 * setting ({@link org.nottspartners.portal.attendance.rules.AttendanceSettings}).
 */
package org.nottspartners.portal.attendance.rules;
