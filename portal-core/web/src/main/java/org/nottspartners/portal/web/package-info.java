/**
 * The pages' edge: OpenID Connect sign-in through Keycloak, the filter that turns the signed-in user
 * into the core's caller, and the backing beans of the portal's own pages.
 */
package org.nottspartners.portal.web;
