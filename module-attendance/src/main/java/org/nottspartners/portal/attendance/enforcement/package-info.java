/**
 * The enforcement pathway (RULES.md §4; County 002 §3e, §3h1): a case for one parent of one child from a Notice to
 * Improve or Notice to Attend (or an unpaid penalty notice the council prosecutes) to court and post-court monitoring,
 * its contacts, letters and parenting-order breaches, and the court bundle.
 */
package org.nottspartners.portal.attendance.enforcement;
