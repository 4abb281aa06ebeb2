package org.nottspartners.portal.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.problem.ProblemResponses;

/**
 * The container's error page for the API web module: whatever the servlet container or the security
 * layer refuses before JAX-RS sees the request (an unknown address, a rejected token) is still
 * answered with a problem body, never an HTML page or a stack trace. A token refused because the keys to check it
 * cannot be fetched (Keycloak down) is answered 503 "Sign-in is unavailable", not 401 ({@link TokenKeys}).
 */
@WebServlet("/problem")
public class ProblemErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @jakarta.inject.Inject
    transient TokenKeys keys;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        if (status == 500 && req.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null && code == null) {
            status = 404;
        }
        String detail = switch (status) {
            case 401 -> "Send a valid, unexpired access token from the portal's sign-in service.";
            case 403 -> "Your roles do not allow this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            default -> status >= 500 ? "The request failed. It has been logged; please try again later." : "The request could not be completed.";
        };
        Problem problem = Problem.of(status, ProblemResponses.titleFor(status), detail);
        if (status == 401 && keys.uncheckable(req.getHeader("Authorization"))) {
            // the security layer refused a token it could not check because the sign-in service does not answer (issue 27)
            problem = TokenKeys.unavailable();
            status = 503;
            resp.setHeader("Retry-After", TokenKeys.RETRY_AFTER);
        }
        resp.setStatus(status);
        resp.setContentType(Problem.MEDIA_TYPE);
        resp.setCharacterEncoding("UTF-8");
        if (status == 401) {
            resp.setHeader("WWW-Authenticate", "Bearer realm=\"portal\"");
        }
        try (Jsonb jsonb = JsonbBuilder.create()) {
            resp.getWriter().write(jsonb.toJson(problem));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
