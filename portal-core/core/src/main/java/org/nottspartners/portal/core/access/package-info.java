/**
 * Who may use what: the access rule every endpoint and page declares (nothing is open by default), and
 * its decision for a caller's roles in the council of the request.
 */
package org.nottspartners.portal.core.access;
