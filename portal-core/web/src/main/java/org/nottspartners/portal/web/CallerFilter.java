package org.nottspartners.portal.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.TenantRoles;

/** Turns the signed-in user's tokens into the core's {@link CurrentUser} for each page request. */
@WebFilter(urlPatterns = "/*")
public class CallerFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenIdContext openId;

    @Inject
    CurrentUser caller;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (req.getUserPrincipal() != null && !caller.isAuthenticated() && openId.getSubject() != null) {
            var claims = openId.getAccessToken().getJwtClaims();
            List<String> groups = claims.getArrayStringClaim("groups");
            String name = claims.getStringClaim("name").orElse(req.getUserPrincipal().getName());
            String organisation = claims.getArrayStringClaim("organisation").stream().findFirst().orElse(null);
            caller.resolve(openId.getSubject(), name, organisation, TenantRoles.fromGroups(groups));
        }
        chain.doFilter(req, res);
    }
}
