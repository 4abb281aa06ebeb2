package org.nottspartners.portal.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Staff and applicants sign in to the pages through Keycloak with the standard OpenID Connect code
 * flow (Jakarta Security). The caller's council roles come from the token's {@code groups} claim.
 * After signing in the user lands on the home page ({@link SignedInServlet}): Soteria's replay of the
 * original request fails on requests without parameters (a NullPointerException in
 * {@code HttpServletRequestDelegator}, seen on Payara 6.2025.9), so it is switched off.
 */
@ApplicationScoped
@DeclareRoles({"portal-user"})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = false,
        scope = {"openid", "email", "profile"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
public class PortalWebSecurity {
}
