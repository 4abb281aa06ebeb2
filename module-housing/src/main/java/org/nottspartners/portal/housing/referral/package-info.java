/** A1 referrals and assessments, the scoring scheme's versions, offers to providers and the waiting list (RULES.md §6). */
package org.nottspartners.portal.housing.referral;
