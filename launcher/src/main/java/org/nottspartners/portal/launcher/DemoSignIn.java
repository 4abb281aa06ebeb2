package org.nottspartners.portal.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signing a demo user in (password {@code demo-password}, command 1's Keycloak realm), for the runs that drive the
 * running portal from outside: the load tests and the cluster's fault drill. A token for the API, or a page session
 * through Keycloak's sign-in form as a browser gets it.
 */
final class DemoSignIn {

    static final String TOKEN_URL = "http://127.0.0.1:8180/realms/portal/protocol/openid-connect/token";
    private static final Pattern LOGIN_FORM = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoSignIn() {
    }

    /** An access token for the API (the {@code portal-cli} client's password grant). */
    static String token(String user) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=portal-cli&username="
                        + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo-password")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = ACCESS_TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("Keycloak refused a token for " + user + ": " + r.body());
        }
        return m.group(1);
    }

    /**
     * Signs a browser (an HTTP client keeping cookies, following redirects) in to the pages at {@code portal} (e.g.
     * {@code http://127.0.0.1:8080}) through Keycloak's sign-in form.
     */
    static void pages(HttpClient browser, String portal, String user) throws IOException, InterruptedException {
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(portal + "/portal/")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher action = LOGIN_FORM.matcher(form.body());
        if (!action.find()) {
            throw new IllegalStateException("The portal did not send the browser to Keycloak's sign-in form");
        }
        browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=demo-password")).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** Whether a page answered as the signed-in user would see it: 200, and not Keycloak's sign-in form. */
    static boolean signedInPage(HttpResponse<String> r) {
        return r.statusCode() == 200 && !r.body().contains("kc-form-login");
    }
}
