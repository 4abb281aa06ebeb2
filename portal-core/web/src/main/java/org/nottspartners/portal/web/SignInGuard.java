package org.nottspartners.portal.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The pages' sign-in (Soteria's OpenID Connect mechanism, declared on {@link PortalWebSecurity}) with one
 * thing added: a return from Keycloak that cannot be used (a code or state the portal did not ask for, an old
 * bookmark of the callback address, a session that ended in between) lands on a page saying so, with a link to
 * sign in again, instead of the container's empty 500 (issue 11 §7; Soteria 3.0.3 throws from
 * {@code getOriginalUrl} when the session holds no request to return to). It also remembers the page a signed-out
 * visitor asked for, so that {@link SignedInServlet} ends the sign-in there (Soteria's own return to the original
 * request is off: it fails on requests without parameters). Enabled as an alternative with a
 * priority, so the container's bridge picks it over the mechanism it wraps.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class SignInGuard implements HttpAuthenticationMechanism {

    private static final System.Logger LOG = System.getLogger(SignInGuard.class.getName());
    /** The session attribute holding the page a signed-out visitor asked for, read once after signing in. */
    static final String RETURN_TO = "portal.return-to";

    private static final String OIDC_MECHANISM = "org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism";

    private volatile HttpAuthenticationMechanism oidc;

    @jakarta.inject.Inject
    SignInService signInService;

    private HttpAuthenticationMechanism oidc() {
        if (oidc == null) {
            try {
                oidc = (HttpAuthenticationMechanism) CDI.current()
                        .select(Class.forName(OIDC_MECHANISM, true, Thread.currentThread().getContextClassLoader())).get();
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The server offers no OpenID Connect mechanism (" + OIDC_MECHANISM + ")", e);
            }
        }
        return oidc;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (context.isProtected() && "POST".equals(request.getMethod()) && request.getRequestedSessionId() != null
                && !request.isRequestedSessionIdValid()) {
            // a form posted in a session the portal no longer has (it timed out, or its server was lost): not saved,
            // and the user is told so rather than sent to sign in and on to the home page without a word (issue 27)
            try {
                response.sendError(HttpServletResponse.SC_CONFLICT);
            } catch (IOException e) {
                throw new AuthenticationException(e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (context.isProtected() && request.getUserPrincipal() == null && !isCallback(request) && !signInService.isAvailable()
                && !signedIn(request)) {
            // a visitor who would be sent to a sign-in service that does not answer: say so (issue 27)
            try {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            } catch (IOException e) {
                throw new AuthenticationException(e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (context.isProtected() && request.getUserPrincipal() == null && "GET".equals(request.getMethod())
                && !isCallback(request) && isPage(request.getRequestURI())) {
            // the page asked for, so that signing in ends there rather than on the home page (issue 14)
            String query = request.getQueryString();
            request.getSession(true).setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        try {
            return oidc().validateRequest(request, response, context);
        } catch (RuntimeException e) {
            if (!isCallback(request) || response.isCommitted()) {
                throw e;
            }
            LOG.log(System.Logger.Level.INFO, "A return from the sign-in page could not be used: " + e);
            try {
                response.sendRedirect(request.getContextPath() + "/sign-in-failed.xhtml");
            } catch (IOException io) {
                throw new AuthenticationException(io);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return oidc().secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        oidc().cleanSubject(request, response, context);
    }

    /** Whether the request's session holds a sign-in already (its tokens): that user goes on without the sign-in service. */
    private static boolean signedIn(HttpServletRequest request) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        try {
            var context = CDI.current().select(jakarta.security.enterprise.identitystore.openid.OpenIdContext.class).get();
            return context.getAccessToken() != null && !context.getAccessToken().isExpired();
        } catch (RuntimeException noContext) {
            return false;
        }
    }

    /** A page a person asks for (not a script, image or style the browser fetches for one). */
    private static boolean isPage(String uri) {
        return uri.endsWith(".xhtml") || uri.endsWith("/");
    }

    private static boolean isCallback(HttpServletRequest request) {
        return "/callback".equals(request.getServletPath());
    }
}
