package org.nottspartners.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Signs the user out of the portal and of the Keycloak session, then back to the sign-out page. */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    OidcSettings oidc;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        req.logout();
        if (req.getSession(false) != null) {
            req.getSession(false).invalidate();
        }
        String back = req.getRequestURL().toString().replace("/sign-out", "/signed-out.xhtml");
        resp.sendRedirect(oidc.getProviderUri() + "/protocol/openid-connect/logout?client_id="
                + URLEncoder.encode(oidc.getClientId(), StandardCharsets.UTF_8)
                + "&post_logout_redirect_uri=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }
}
