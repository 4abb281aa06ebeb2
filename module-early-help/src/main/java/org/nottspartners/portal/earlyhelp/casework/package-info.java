/**
 * The early help case from front door to closure: its stages, rules and records (RULES.md §3), the plain clock
 * policy ({@link org.nottspartners.portal.earlyhelp.casework.CaseClockPolicy}), and the services that read cases
 * and move them on (referrals, front door, case work, interventions, closure).
 */
package org.nottspartners.portal.earlyhelp.casework;
