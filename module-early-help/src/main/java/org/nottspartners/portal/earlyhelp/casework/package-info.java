/** The early help case from front door to closure: its stages, rules and records (RULES.md §3). */
package org.nottspartners.portal.earlyhelp.casework;
