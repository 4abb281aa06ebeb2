/**
 * Licensing's rules in plain Java (RULES.md §5): hours and times a child may perform or work, computed from the days
 * and times asked for, each breach in words. The numbers come from the council's settings in force, given to the rules
 * as limits records; the calendar's day types (school day, Saturday, Sunday, holiday weekday) from core's calendar.
 */
package org.nottspartners.portal.licensing.rules;
