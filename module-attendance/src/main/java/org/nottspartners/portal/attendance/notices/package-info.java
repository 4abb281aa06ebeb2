/** Penalty notices: requested by a school, issued, paid or withdrawn, on core's clocks (RULES.md §4; issue 15). */
package org.nottspartners.portal.attendance.notices;
