/**
 * Early Help: referrals from partners, screening, allocation, assessment, Family Action Plans, Team Around the Family meetings, reviews and closure.
 */
package org.nottspartners.portal.earlyhelp;
