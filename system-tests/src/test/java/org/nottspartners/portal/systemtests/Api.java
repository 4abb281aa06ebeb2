package org.nottspartners.portal.systemtests;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;

/** Calls to the portal's API and to Keycloak's token endpoint, over real HTTP. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Api() {
    }

    /** A real access token for a demo user, by the password grant of the given client. */
    static String token(String username, String clientId) {
        String form = "grant_type=password&client_id=" + clientId + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=demo-password";
        HttpResponse<String> r = send(HttpRequest.newBuilder(
                        URI.create(PortalStack.keycloak().issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + r.body());
        }
        return (String) json(r.body()).get("access_token");
    }

    static String token(String username) {
        return token(username, "portal-cli");
    }

    static HttpResponse<String> get(String path, String token) {
        return call("GET", path, token);
    }

    /** A GET whose answer is binary (a PDF, a spreadsheet). */
    static byte[] bytes(String path, String token) {
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(Deployments.API + path))
                .header("Authorization", "Bearer " + token).GET(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return r.body();
    }

    static HttpResponse<String> call(String method, String path, String token) {
        return call(method, path, token, null, Map.of());
    }

    static HttpResponse<String> post(String path, String token, String json) {
        return call("POST", path, token, json, Map.of());
    }

    static HttpResponse<String> put(String path, String token, String json) {
        return call("PUT", path, token, json, Map.of());
    }

    /** Any call: a JSON body when given, and extra headers. */
    static HttpResponse<String> call(String method, String path, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : Deployments.API + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        return send(b);
    }

    /** Creates a person in a council and returns the new record. */
    static Map<String, Object> createPerson(String tenant, String token, String givenName, String familyName) {
        HttpResponse<String> r = post("/" + tenant + "/people", token,
                "{\"givenName\":\"" + givenName + "\",\"familyName\":\"" + familyName + "\",\"dateOfBirth\":\"2014-05-06\"}");
        if (r.statusCode() != 201) {
            throw new IllegalStateException("Could not create a person: " + r.statusCode() + " " + r.body());
        }
        return json(r.body());
    }

    static Map<String, Object> json(String body) {
        try {
            return JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new AssertionError("Not a JSON object: " + body, e);
        }
    }

    @SuppressWarnings("unchecked")
    static java.util.List<Map<String, Object>> jsonArray(String body) {
        return (java.util.List<Map<String, Object>>) json("{\"items\":" + body + "}").get("items");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request.build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
