package org.nottspartners.portal.systemtests;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Keycloak's admin REST API, to give tests users with exactly the roles a scenario needs. */
final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakAdmin() {
    }

    /** A realm role, created if missing. */
    static void ensureRole(String name) {
        HttpResponse<String> r = send("POST", "/roles", JSONObjectUtils.toJSONString(Map.of("name", name)));
        if (r.statusCode() != 201 && r.statusCode() != 409) {
            throw new IllegalStateException("Could not create role " + name + ": " + r.body());
        }
    }

    /** A user with password 'demo-password' holding exactly the given realm roles (which must exist), created if missing. */
    static void ensureUser(String username, List<String> realmRoles) {
        String user = JSONObjectUtils.toJSONString(Map.of("username", username, "enabled", true,
                "firstName", "Test", "lastName", username, "email", username + "@example.org", "emailVerified", true,
                "credentials", List.of(Map.of("type", "password", "value", "demo-password", "temporary", false))));
        HttpResponse<String> created = send("POST", "/users", user);
        if (created.statusCode() == 409) {
            return;
        }
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Could not create user " + username + ": " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        StringBuilder roles = new StringBuilder("[");
        for (String role : realmRoles) {
            HttpResponse<String> rep = send("GET", "/roles/" + URLEncoder.encode(role, StandardCharsets.UTF_8).replace("+", "%20"), null);
            if (rep.statusCode() != 200) {
                throw new IllegalStateException("No role " + role + ": " + rep.body());
            }
            roles.append(roles.length() > 1 ? "," : "").append(rep.body());
        }
        HttpResponse<String> mapped = send("POST", "/users/" + id + "/role-mappings/realm", roles.append("]").toString());
        if (mapped.statusCode() != 204) {
            throw new IllegalStateException("Could not give " + username + " roles: " + mapped.body());
        }
    }

    /** Asks Keycloak to create a user with this password, as an administrator would; Keycloak's answer. */
    static HttpResponse<String> tryCreateUser(String username, String password) {
        return send("POST", "/users", JSONObjectUtils.toJSONString(Map.of("username", username, "enabled", true,
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)))));
    }

    private static String adminToken() {
        String base = PortalStack.keycloak().issuer().replace("/realms/portal", "");
        HttpResponse<String> r = call(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin")));
        return (String) Api.json(r.body()).get("access_token");
    }

    private static HttpResponse<String> send(String method, String path, String json) {
        String base = PortalStack.keycloak().issuer().replace("/realms/portal", "/admin/realms/portal");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return call(b);
    }

    private static HttpResponse<String> call(HttpRequest.Builder b) {
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
