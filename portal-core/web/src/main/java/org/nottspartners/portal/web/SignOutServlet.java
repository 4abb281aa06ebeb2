package org.nottspartners.portal.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Signs the user out of the portal and out of Keycloak, then to the signed-out page. Keycloak's session
 * is ended by OpenID Connect RP-initiated logout with the ID token as {@code id_token_hint} (without it,
 * Keycloak asks the user to confirm and, unconfirmed, keeps the session, so that the next visit signs the
 * user straight back in: on a shared school computer, the next person would be in the last one's
 * records). The ID token is read before the portal's session ends, because it is kept in that session.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    OidcSettings oidc;

    @Inject
    OpenIdContext openId;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String idToken = idToken(req);
        // Ending the session ends the portal's sign-in: the OpenID Connect mechanism keeps the user's tokens
        // in it. HttpServletRequest.logout() is not called: the mechanism answers it with a redirect of its
        // own, which commits the response before Keycloak's session can be ended.
        HttpSession session = req.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile
            }
        }
        resp.setHeader("Cache-Control", "no-store");
        String back = req.getRequestURL().toString().replace("/sign-out", "/signed-out.xhtml");
        StringBuilder logout = new StringBuilder(oidc.getProviderUri()).append("/protocol/openid-connect/logout")
                .append("?client_id=").append(URLEncoder.encode(oidc.getClientId(), StandardCharsets.UTF_8))
                .append("&post_logout_redirect_uri=").append(URLEncoder.encode(back, StandardCharsets.UTF_8));
        if (idToken != null) {
            logout.append("&id_token_hint=").append(URLEncoder.encode(idToken, StandardCharsets.UTF_8));
        }
        resp.sendRedirect(logout.toString());
    }

    /** The signed-in user's ID token, or null when nobody is signed in. */
    private String idToken(HttpServletRequest req) {
        if (req.getUserPrincipal() == null) {
            return null;
        }
        try {
            return openId.getIdentityToken() == null ? null : openId.getIdentityToken().getToken();
        } catch (RuntimeException noOpenIdSession) {
            return null;
        }
    }
}
