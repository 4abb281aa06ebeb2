/** Referral rules: routes, consent exceptions, social care indicators and routing by age (RULES.md §2, §3). */
package org.nottspartners.portal.earlyhelp.referral;
