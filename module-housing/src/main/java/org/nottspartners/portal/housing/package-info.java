/**
 * 16/17 Housing: homelessness of 16 and 17 year olds, the A1 referral and the supported-accommodation waiting list.
 */
package org.nottspartners.portal.housing;
