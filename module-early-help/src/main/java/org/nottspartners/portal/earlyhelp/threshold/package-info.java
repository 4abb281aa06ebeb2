/** Each council's threshold framework, versioned by effective date, and its early help teams (RULES.md §1, §3). */
package org.nottspartners.portal.earlyhelp.threshold;
