/**
 * Who is calling: the portal's roles, the roles a caller holds in each council (read from the
 * token's {@code groups} claim) and the request-scoped record of the caller that the edges fill.
 */
package org.nottspartners.portal.core.identity;
