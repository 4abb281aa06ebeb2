/** The Early Help pages' beans: referral, referrer's list, team cases, case, family record section. */
package org.nottspartners.portal.earlyhelp.web;
