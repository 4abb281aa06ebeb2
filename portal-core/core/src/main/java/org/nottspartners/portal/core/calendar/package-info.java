/**
 * Working-day calendars (weekends, England and Wales bank holidays, council closure days, school
 * terms) and the quality-standard clocks that time casework against them (RULES.md §2, §3, §8).
 */
package org.nottspartners.portal.core.calendar;
