package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input over every endpoint (issue 11 §6), generated from the endpoints' own signatures: for each body
 * field a value of the wrong type, a date no one has, text with a NUL, text far longer than any column; for
 * each query parameter a number that is not one, a NUL, a value too long; and bodies that are not JSON. Sent
 * by a City user holding every role, to a real person's record. No answer may be a server error, and no
 * rejected request may leave a row written. Text values come from jqwik's generators.
 *
 * <p>The caller holds every role but the council administrator's: every other field of each body is
 * plausible, so a request can succeed, and an administrator's would change what every other test relies on
 * (modules switched off, a closure day yesterday, the ward map). The administration endpoints' own checks are
 * in {@code ModuleSwitchIT} and {@code CouncilDataIT}.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputPropertyIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    private static final Arbitrary<String> LONG_TEXT = Arbitraries.strings().alpha().ofLength(5000);
    private static final Arbitrary<String> TEXT_WITH_NUL = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)
            .map(s -> s + "\u0000" + s);

    @Test
    void noBadInputIsAServerErrorAndNoRejectedRequestWritesARow() throws Exception {
        String token = cityUserWithEveryRoleButAdministrator();
        String personId = (String) Api.createPerson("city", Api.token("casey.city"), "Property", TestNames.unique("Input")).get("id");
        String child = (String) Api.createPerson("city", Api.token("casey.city"), "Casechild", TestNames.unique("Input")).get("id");
        HttpResponse<String> referred = Api.post("/city/early-help/referrals", Api.token("casey.city"), "{\"indexChildId\":\""
                + child + "\",\"route\":\"EARLY_HELP_ASSESSMENT\",\"concerns\":\"Late most days\",\"believedLevel\":\"ADDITIONAL\","
                + "\"consentGivenBy\":\"Mother\",\"consentDate\":\"" + LocalDate.now() + "\",\"consentEvidence\":\"Signed\","
                + "\"referrerContact\":\"0115 900 0000\",\"assessmentForm\":\"Mother wants help with mornings\"}");
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        String caseId = (String) Api.json(referred.body()).get("id");
        Map<String, String> values = Map.of("tenant", "city", "id", personId, "module", "early-help", "type", "person",
                "version", "1", "q", "Input", "caseId", caseId);

        int payloads = 0;
        List<String> serverErrors = new ArrayList<>();
        List<String> writes = new ArrayList<>();
        try (RowCount rows = new RowCount()) {
            for (ApiEndpoints.Endpoint e : ApiEndpoints.all()) {
                for (Map.Entry<String, String> bad : badQueries(e).entrySet()) {
                    payloads++;
                    check(e, send(e, values, bad.getKey(), null, token), bad.getValue(), serverErrors);
                }
                if (e.bodyType().isPresent()) {
                    for (String body : badBodies(e.bodyType().get())) {
                        payloads++;
                        long before = rows.now();
                        HttpResponse<String> r = send(e, values, "", body, token);
                        check(e, r, abbreviated(body), serverErrors);
                        if (r.statusCode() >= 400 && r.statusCode() < 500) {
                            long after = rows.now();
                            if (after != before) {
                                writes.add(e + " " + abbreviated(body) + " answered " + r.statusCode() + " but wrote "
                                        + (after - before) + " rows");
                            }
                        }
                    }
                }
            }
        }
        System.out.println("bad input: " + payloads + " payloads, " + serverErrors.size() + " server errors, "
                + writes.size() + " rows written by rejected requests");
        assertThat(serverErrors).isEmpty();
        assertThat(writes).isEmpty();
        assertThat(payloads).isGreaterThan(200);
    }

    private static String cityUserWithEveryRoleButAdministrator() {
        List<String> roles = PortalClasses.roles().stream()
                .filter(r -> !r.equals(org.nottspartners.portal.core.identity.PortalRole.TENANT_ADMIN))
                .map(r -> "city:" + r.tokenName()).toList();
        roles.forEach(KeycloakAdmin::ensureRole);
        KeycloakAdmin.ensureUser("every-role-but-admin.city", roles);
        return Api.token("every-role-but-admin.city");
    }

    private static void check(ApiEndpoints.Endpoint e, HttpResponse<String> r, String payload, List<String> serverErrors) {
        if (r.statusCode() >= 500) {
            serverErrors.add(e + " " + payload + " answered " + r.statusCode() + ": " + abbreviated(r.body()));
        }
    }

    /** Query strings, each with one parameter wrong, and what each is (for the report). */
    private static Map<String, String> badQueries(ApiEndpoints.Endpoint e) {
        Map<String, String> bad = new LinkedHashMap<>();
        for (String q : e.queryParameters()) {
            bad.put(q + "=abc", q + "=abc");
            bad.put(q + "=1e11", q + "=1e11");
            bad.put(q + "=" + URLEncoder.encode(TEXT_WITH_NUL.sample(), StandardCharsets.UTF_8), q + " with a NUL");
            bad.put(q + "=" + "a".repeat(600), q + " of 600 characters");
        }
        return bad;
    }

    /** Bodies for a form: not JSON at all, then each field wrong in each way its type allows. */
    private static List<String> badBodies(Class<?> form) {
        List<String> bodies = new ArrayList<>(List.of("{", "[]", "\"text\"", "{\"unknownField\": {\"deep\": [1, 2]}}"));
        Map<String, Class<?>> fields = fields(form);
        for (Map.Entry<String, Class<?>> f : fields.entrySet()) {
            for (String wrong : wrongValues(f.getValue())) {
                Map<String, String> json = new LinkedHashMap<>();
                fields.forEach((name, type) -> json.put(name, plausible(type)));
                json.put(f.getKey(), wrong);
                bodies.add(json.entrySet().stream().filter(v -> v.getValue() != null)
                        .map(v -> "\"" + v.getKey() + "\":" + v.getValue()).collect(Collectors.joining(",", "{", "}")));
            }
        }
        return bodies;
    }

    /** The fields a form is read into: a record's components, or a class's public fields. */
    private static Map<String, Class<?>> fields(Class<?> form) {
        Map<String, Class<?>> fields = new LinkedHashMap<>();
        if (form.isRecord()) {
            for (var c : form.getRecordComponents()) {
                fields.put(c.getName(), c.getType());
            }
        } else {
            for (Field f : form.getFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    fields.put(f.getName(), f.getType());
                }
            }
        }
        return fields;
    }

    /** A value of the right type, so that one wrong field is the only thing wrong. */
    private static String plausible(Class<?> type) {
        if (type == String.class) {
            return "\"Plausible\"";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "1";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "false";
        }
        if (type == LocalDate.class) {
            return "\"" + LocalDate.now().minusDays(1) + "\"";
        }
        if (type == OffsetDateTime.class) {
            return "\"" + OffsetDateTime.now().minusDays(1) + "\"";
        }
        if (type == UUID.class) {
            return "\"" + UUID.randomUUID() + "\"";
        }
        if (type.isEnum()) {
            return "\"" + ((Enum<?>) type.getEnumConstants()[0]).name() + "\"";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "[]";
        }
        return null;
    }

    /** What a careless or hostile caller sends for a field of this type. */
    private static List<String> wrongValues(Class<?> type) {
        List<String> wrong = new ArrayList<>(List.of("{\"nested\":true}"));
        if (type == String.class) {
            wrong.add("12345");
            wrong.add("\"" + TEXT_WITH_NUL.sample().replace("\u0000", "\\u0000") + "\"");
            wrong.add("\"" + LONG_TEXT.sample() + "\"");
        } else if (type == boolean.class || type == Boolean.class) {
            wrong.add("\"yes\"");
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            wrong.add("\"abc\"");
            wrong.add("1e30");
        } else if (type == LocalDate.class) {
            wrong.add("\"abcd\"");
            wrong.add("\"0001-01-01\"");
            wrong.add("\"9999-12-31\"");
        } else if (type == OffsetDateTime.class) {
            wrong.add("\"yesterday\"");
        } else if (type == UUID.class) {
            wrong.add("\"not-an-id\"");
            wrong.add("\"" + UUID.randomUUID() + "\"");
        } else if (type.isEnum()) {
            wrong.add("\"NOT_A_VALUE\"");
        } else if (Collection.class.isAssignableFrom(type)) {
            wrong.add("[\"NOT_A_VALUE\"]");
            wrong.add("\"text\"");
        }
        return wrong;
    }

    private static HttpResponse<String> send(ApiEndpoints.Endpoint e, Map<String, String> values, String query, String body,
            String token) {
        String path = e.path();
        // early help's records by a real case's id, so that bodies are read and checked, not just not found
        String id = path.contains("/early-help/") ? values.get("caseId") : values.get("id");
        for (var v : values.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getKey().equals("id") ? id : v.getValue());
        }
        path = path.replaceAll("\\{[^}]+}", id);
        return Api.call(e.httpMethod(), path + (query.isEmpty() ? "" : "?" + query), token, body, Map.of());
    }

    /**
     * Rows in every table but the audit trail (which records reads) and its seals (written in the background as the trail
     * grows), counted beneath the application on one connection with the tables listed once (a connection and the
     * catalogue's list for each of a thousand counts was most of this test's time).
     */
    private static final class RowCount implements AutoCloseable {
        private final Connection connection;
        private final java.sql.PreparedStatement count;

        RowCount() throws SQLException {
            connection = PortalStack.database().superuserConnection();
            List<String> tables = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select table_name from"
                    + " information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name"
                    + " not in ('core_audit_event', 'core_audit_seal', 'databasechangelog', 'databasechangeloglock')")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            count = connection.prepareStatement(tables.stream().map(t -> "(select count(*) from " + t + ")")
                    .collect(Collectors.joining(" + ", "select ", "")));
        }

        long now() throws SQLException {
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    private static String abbreviated(String text) {
        String t = text.replace("\u0000", "\\0");
        return t.length() > 160 ? t.substring(0, 160) + "..." : t;
    }
}
