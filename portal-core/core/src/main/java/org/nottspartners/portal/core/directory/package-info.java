/**
 * Each council's directory of family services (issue 19): organisations, services, locations, schedules, ages,
 * contacts, costs, languages and taxonomy terms, kept by the council's administrators and by partner organisations
 * for their own services, with review dates and an audit of every change; searched by staff and by the public, and
 * published read-only in the Open Referral UK profile of HSDS 3.0 ({@link org.nottspartners.portal.core.directory.OrukJson}).
 * Council data like settings and calendars ({@code for_tenant}), never a person's record.
 */
package org.nottspartners.portal.core.directory;
