/**
 * Each council's services directory published read-only in the Open Referral UK profile of HSDS 3.0, at
 * {@code /portal-api/open/{council}/}: open to anyone without signing in, as the standard asks, and therefore its own
 * JAX-RS application, apart from the signed-in API, so that nothing of that API is ever reachable without a token.
 * What it publishes is council data about services only ({@link org.nottspartners.portal.core.directory.OrukJson}).
 */
package org.nottspartners.portal.api.openreferral;
