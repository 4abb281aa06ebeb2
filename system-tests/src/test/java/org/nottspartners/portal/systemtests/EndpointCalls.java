package org.nottspartners.portal.systemtests;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Calls an enumerated endpoint with its path template and query parameters filled from a scenario's values. */
final class EndpointCalls {

    private EndpointCalls() {
    }

    /**
     * Each identifier in a path given the id of a record of the type its segment names ({@code cases/{id}} gets
     * {@code values["id@cases"]}, or by the two segments before it where one name is two types:
     * {@code troubled-families/families/{id}} gets {@code values["id@troubled-families/families"]}), where the scenario
     * has one of that type; the others are left for the plain values.
     */
    static String typed(String path, Map<String, String> values) {
        String[] parts = path.split("/", -1);
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].startsWith("{") && !parts[i].equals("{tenant}")) {
                String id = i >= 2 && values.containsKey("id@" + parts[i - 2] + "/" + parts[i - 1])
                        ? values.get("id@" + parts[i - 2] + "/" + parts[i - 1]) : values.get("id@" + parts[i - 1]);
                if (id != null) {
                    parts[i] = id;
                }
            }
        }
        return String.join("/", parts);
    }

    /**
     * @param values values for path parameters ({tenant}, {id}, {module}) and query parameters (q, type, id...);
     *               a key starting with '?' is sent as a query parameter whether or not the endpoint reads it
     */
    static HttpResponse<String> call(ApiEndpoints.Endpoint e, Map<String, String> values, String token,
            Map<String, String> headers) {
        String path = typed(e.path(), values);
        for (var v : values.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue());
        }
        path = path.replaceAll("\\{[^}]+}", values.getOrDefault("id", "unknown")); // any other identifier
        String query = e.queryParameters().stream()
                .filter(values::containsKey)
                .map(q -> q + "=" + URLEncoder.encode(values.get(q), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String extra = values.entrySet().stream().filter(v -> v.getKey().startsWith("?"))
                .map(v -> v.getKey().substring(1) + "=" + URLEncoder.encode(v.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        query = query.isEmpty() ? extra : extra.isEmpty() ? query : query + "&" + extra;
        String body = e.bodyType().map(t -> switch (t.getSimpleName()) {
            case "PersonForm" -> "{\"givenName\":\"Checked\",\"familyName\":\"" + values.getOrDefault("q", "Person")
                    + "\",\"version\":" + values.getOrDefault("version", "1") + "}";
            case "ModuleSwitchForm" -> "{\"enabled\":true}";
            default -> "{}";
        }).orElse(null);
        return Api.call(e.httpMethod(), path + (query.isEmpty() ? "" : "?" + query), token, body, headers);
    }
}
