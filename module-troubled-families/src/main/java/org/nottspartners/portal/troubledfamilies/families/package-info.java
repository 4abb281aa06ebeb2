/** Families screened against the council's criteria set, their outcomes, and their claims (RULES.md §7). */
package org.nottspartners.portal.troubledfamilies.families;
