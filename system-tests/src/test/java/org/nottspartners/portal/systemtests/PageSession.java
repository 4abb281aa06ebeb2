package org.nottspartners.portal.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user signed in to the pages as a browser is, without one: the portal sends the client to Keycloak's
 * own sign-in form, the form is posted with the user's password, and Keycloak sends it back with the
 * session cookie the pages then recognise. For checking many pages as many users quickly; the browser
 * tests check what a page looks like.
 */
final class PageSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new org.nottspartners.portal.launcher.LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private PageSession() {
    }

    /** Signs in on Keycloak's page as a user whose password is 'demo-password'. */
    static PageSession signIn(String username) {
        PageSession session = new PageSession();
        HttpResponse<String> form = session.get(Deployments.PORTAL + "/");
        Matcher action = LOGIN_FORM.matcher(form.body());
        if (!action.find()) {
            throw new IllegalStateException("The portal did not send " + username + " to Keycloak's sign-in form: " + form.uri());
        }
        HttpResponse<String> home = session.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=demo-password")));
        if (!home.uri().toString().startsWith(Deployments.PORTAL + "/")) {
            throw new IllegalStateException(username + " could not sign in: ended at " + home.uri());
        }
        return session;
    }

    /** A form posted as a browser posts it ({@code application/x-www-form-urlencoded}), redirects followed. */
    HttpResponse<String> post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A page of the portal (or any address), redirects followed. */
    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
