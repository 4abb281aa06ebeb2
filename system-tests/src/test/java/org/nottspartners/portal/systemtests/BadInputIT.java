package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input gets a 4xx problem naming the field, and nothing is written (issue 11 §6): control characters
 * in a query or a body, bodies over the limit, numbers that are not numbers, a search too long, a date of
 * birth no one has, a partial date of birth that is not one.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    /**
     * Issue 27 §3: a database that refuses writes (read-only here, as a standby or a full disk would) is the portal's
     * trouble, not the caller's: 503 with a problem body in plain words, never a 500 with a reference, and nothing half
     * saved. Once it takes writes again, so does the portal.
     */
    @Test
    void aDatabaseRefusingWritesIsA503InPlainWordsAndSavesNothing() throws Exception {
        String casey = Api.token("casey.city");
        String family = "ReadOnly" + UUID.randomUUID().toString().substring(0, 6);
        try {
            databaseReadOnly(true);
            var refused = Api.post("/city/people", casey, "{\"givenName\":\"Rhea\",\"familyName\":\"" + family
                    + "\",\"dateOfBirth\":\"2014-05-06\"}");
            ApiAuthenticationIT.assertIsProblem(refused, 503);
            assertThat(refused.body()).contains("not accepting changes", "nothing has been saved").doesNotContain("reference");
        } finally {
            databaseReadOnly(false);
        }
        try (Connection c = PortalStack.database().superuserConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from core_person where family_name = ?")) {
            ps.setString(1, family);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("nothing half saved").isZero();
            }
        }
        assertThat(Api.createPerson("city", casey, "Rhea", family)).containsKey("id");
    }

    /** Every session of the database made read-only (or writable again) by its superuser, as a standby would be. */
    private static void databaseReadOnly(boolean readOnly) throws Exception {
        try (Connection c = PortalStack.database().superuserConnection(); var s = c.createStatement()) {
            s.execute(readOnly ? "alter system set default_transaction_read_only = on" : "alter system reset default_transaction_read_only");
            s.execute("select pg_reload_conf()");
        }
        Thread.sleep(500); // the servers' sessions take the reloaded setting at their next command
    }

    @Test
    void controlCharactersAreRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        String casey = Api.token("casey.city");
        assertField(Api.get("/city/people?q=" + URLEncoder.encode("Ann\u0000", StandardCharsets.UTF_8), casey), 400, "q");

        String family = "Nul" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> r = Api.post("/city/people", casey,
                "{\"givenName\":\"A\\u0000na\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"2015-01-02\"}");
        assertField(r, 400, "givenName");
        assertThat(peopleNamed(family)).as("nothing written").isZero();
    }

    @Test
    void aBodyOverTheLimitIsRefusedAtOnceBeforeItIsSent() throws Exception {
        String casey = Api.token("casey.city");
        // a client announcing 100 MB and sending the first kilobyte: the answer comes before the rest is sent
        URI api = URI.create(Deployments.API);
        try (Socket socket = new Socket(api.getHost(), api.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + api.getPath() + "/city/people HTTP/1.1\r\nHost: " + api.getHost() + ":" + api.getPort()
                    + "\r\nAuthorization: Bearer " + casey + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + (100L << 20) + "\r\n\r\n{\"givenName\":\"" + "a".repeat(1000)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            assertThat(status).as("the answer to a body over the limit, before it is sent").startsWith("HTTP/1.1 413");
            StringBuilder rest = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                rest.append(line).append('\n');
            }
            assertThat(rest.toString().toLowerCase(java.util.Locale.ROOT)).contains("content-type: application/problem+json");
        }
    }

    @Test
    void numbersThatAreNotNumbersAndSearchesTooLongAreTheCallersMistakeNamed() {
        String casey = Api.token("casey.city");
        assertField(Api.get("/city/people?max=abc", casey), 400, "max");
        assertField(Api.get("/city/people?max=1e11", casey), 400, "max");
        assertField(Api.get("/city/people?first=1e3", casey), 400, "first");
        assertField(Api.get("/city/people?q=" + "a".repeat(600), casey), 400, "q");
        assertField(Api.get("/city/people/matches?name=Ann+Lee&dob=abcd", casey), 400, "dob");
        assertThat(Api.get("/city/people/matches?name=Ann+Lee&dob=2014-05", casey).statusCode()).as("part of a date").isEqualTo(200);
    }

    @Test
    void aValueOfTheWrongKindIsRefusedNamingTheField() throws Exception {
        String casey = Api.token("casey.city");
        String family = "Kind" + TestNames.unique("");
        assertField(Api.post("/city/people", casey, "{\"givenName\":\"Ada\",\"familyName\":\"" + family
                + "\",\"dateOfBirth\":\"abcd\"}"), 400, "dateOfBirth");
        assertField(Api.post("/city/people", casey, "{\"givenName\":\"Ada\",\"familyName\":\"" + family
                + "\",\"interpreterNeeded\":\"yes\"}"), 400, "interpreterNeeded");
        assertField(Api.post("/city/people", casey, "{\"givenName\":12345,\"familyName\":\"" + family + "\"}"), 400, "givenName");
        assertThat(peopleNamed(family)).isZero();
        HttpResponse<String> yes = Api.post("/city/people", casey, "{\"givenName\":\"Ada\",\"familyName\":\"" + family
                + "\",\"interpreterNeeded\":true}");
        assertThat(yes.statusCode()).as(yes.body()).isEqualTo(201);
        assertThat(Api.json(yes.body()).get("interpreterNeeded")).isEqualTo(true);
    }

    @Test
    void aDateOfBirthNoOneHasIsRefused() throws Exception {
        String casey = Api.token("casey.city");
        String family = "Old" + UUID.randomUUID().toString().substring(0, 8);
        assertField(Api.post("/city/people", casey,
                "{\"givenName\":\"Ada\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"0001-01-01\"}"), 400, "dateOfBirth");
        assertThat(peopleNamed(family)).isZero();
    }

    /** A problem with this status whose field errors include this field. */
    @SuppressWarnings("unchecked")
    static void assertField(HttpResponse<String> r, int status, String field) {
        ApiAuthenticationIT.assertIsProblem(r, status);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) Api.json(r.body()).get("errors");
        assertThat(errors).as(r.body()).isNotNull().extracting(e -> e.get("field")).contains(field);
    }

    private static long peopleNamed(String familyName) throws Exception {
        try (Connection c = PortalStack.database().superuserConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from core_person where family_name = ?")) {
            ps.setString(1, familyName);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
