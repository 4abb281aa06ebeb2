package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every read of a person leaves exactly one audit event, whichever path read it (by id, by search, in a
 * list, in an export); administrators see who looked; and the application's database role can neither
 * change nor delete an event.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void eachReadPathLeavesExactlyOneEvent() throws Exception {
        String family = "Audited" + UUID.randomUUID().toString().substring(0, 8);
        String casey = Api.token("casey.city");
        String id = (String) Api.createPerson("city", casey, "Ava", family).get("id");
        assertThat(events(id)).containsExactly("CREATE");

        assertThat(Api.get("/city/people/" + id, casey).statusCode()).isEqualTo(200);
        assertThat(events(id)).containsExactly("CREATE", "READ");

        assertThat(Api.get("/city/people?q=" + family, casey).body()).contains(id);
        assertThat(events(id)).containsExactly("CREATE", "READ", "READ");

        KeycloakAdmin.ensureUser("manager.city", List.of("city:team-manager"));
        var export = Api.get("/city/people/export", Api.token("manager.city"));
        assertThat(export.body()).contains(id).as("issue 22: UTF-8 with its byte-order mark, headings in words, CRLF")
                .startsWith("\uFEFF\"Record id\",\"Given name\",\"Family name\",\"Date of birth\"\r\n");
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).containsIgnoringCase("charset=utf-8"));
        assertThat(events(id)).containsExactly("CREATE", "READ", "READ", "EXPORT");

        List<Map<String, Object>> seenBy = Api.jsonArray(
                Api.get("/city/admin/audit?type=person&id=" + id, Api.token("ada.cityadmin")).body());
        assertThat(seenBy).extracting(e -> e.get("userName"))
                .containsExactly("Test manager.city", "Casey Walker", "Casey Walker", "Casey Walker");
        assertThat(seenBy).extracting(e -> e.get("organisation")).contains("Nottingham City Council");
    }

    @Test
    void pagesAndTheApiBothRecordTheRealUserAndOnePageViewIsOneRead() throws Exception {
        String family = "Seen" + UUID.randomUUID().toString().substring(0, 8);
        String casey = Api.token("casey.city");
        String id = (String) Api.createPerson("city", casey, "Ida", family).get("id");
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "casey.city");
            browser.open(Deployments.PORTAL + "/city/people/person.xhtml?id=" + id);
            assertThat(browser.heading()).isEqualTo("Ida " + family);
        }
        assertThat(events(id)).as("one view of the family record page is one read of the person").containsExactly("CREATE", "READ");

        assertThat(Api.get("/city/people/" + id, casey).statusCode()).isEqualTo(200);
        assertThat(Api.get("/city/people/export", Api.token("robin.performance")).statusCode()).isEqualTo(200);

        assertThat(events(id)).containsExactly("CREATE", "READ", "READ", "EXPORT");
        assertThat(column(id, "user_name")).as("after a page was served, the API still records its caller, not 'The portal'")
                .containsExactly("Casey Walker", "Casey Walker", "Casey Walker", "Robin Figures");
        assertThat(column(id, "source")).as("where each event came from").containsExactly("API POST /api/city/people",
                "page /city/people/person.xhtml", "API GET /api/city/people/" + id, "API GET /api/city/people/export");
    }

    @Test
    void aReadIsRecordedEvenWhenTheRequestThenFails() throws Exception {
        String casey = Api.token("casey.city");
        Map<String, Object> p = Api.createPerson("city", casey, "Ben", "Stale" + UUID.randomUUID().toString().substring(0, 8));
        String id = (String) p.get("id");

        ApiAuthenticationIT.assertIsProblem(Api.put("/city/people/" + id, casey,
                "{\"givenName\":\"Ben\",\"familyName\":\"Changed\",\"version\":0}"), 409);

        assertThat(events(id)).containsExactly("CREATE", "READ");
    }

    @Test
    void theApplicationsDatabaseRoleCannotChangeOrDeleteTheAuditTrail() throws Exception {
        String url = PortalStack.database().jdbcUrl();
        try (Connection app = DriverManager.getConnection(url, "portal_app", "portal_app")) {
            app.createStatement().execute("select set_config('portal.tenant', 'city', false)");
            assertThat(count(app, "select count(*) from core_audit_event")).isPositive();
            assertThatThrownBy(() -> app.createStatement().executeUpdate("update core_audit_event set reason = 'tampered'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> app.createStatement().executeUpdate("delete from core_audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> app.createStatement().executeUpdate("truncate core_audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        try (Connection owner = DriverManager.getConnection(url, "portal_owner", "portal_owner")) {
            assertThatThrownBy(() -> owner.createStatement().executeUpdate("delete from core_audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("cannot be changed or deleted");
        }
    }

    /**
     * Issue 27 §7: the trail is sealed into a chain of hashes as it grows; an event changed after it was sealed, by
     * someone who got past the append-only triggers (here the database's superuser switching them off), is named as the
     * chain's first broken link, in that council only; put back as it was, the chain is whole again. The test server
     * seals every second what is a second old (the default: every 15 s, a minute old).
     */
    @Test
    void anEventChangedOutsideThePortalAfterItWasSealedIsTheFirstBrokenLink() throws Exception {
        String id = (String) Api.createPerson("city", Api.token("casey.city"), "Tamsin", "Sealed" + UUID.randomUUID().toString().substring(0, 6))
                .get("id");
        String ada = Api.token("ada.cityadmin");
        long eventId;
        String reason;
        try (Connection c = PortalStack.database().superuserConnection();
                PreparedStatement ps = c.prepareStatement("select id, reason from core_audit_event where record_type = 'person' and record_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                eventId = rs.getLong(1);
                reason = rs.getString(2);
            }
        }
        long waitUntil = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        try (Connection c = PortalStack.database().superuserConnection()) {
            while (count(c, "select count(*) from core_audit_seal where event_id = " + eventId) == 0) {
                assertThat(System.nanoTime()).as("event %d sealed within 30 s", eventId).isLessThan(waitUntil);
                Thread.sleep(200);
            }
        }
        Map<String, Object> whole = Api.json(Api.get("/city/admin/audit-integrity", ada).body());
        assertThat(whole).containsEntry("intact", true).doesNotContainKey("firstBrokenEventId");
        assertThat((String) whole.get("lastLink")).matches("[0-9a-f]{64}");
        assertThat(((Number) whole.get("sealedEvents")).intValue()).isPositive();

        try {
            tamper(eventId, "nothing to see here");
            Map<String, Object> broken = Api.json(Api.get("/city/admin/audit-integrity", ada).body());
            assertThat(broken).containsEntry("intact", false)
                    .containsEntry("whatBroke", "the event or its seal was changed after it was sealed");
            assertThat(((Number) broken.get("firstBrokenEventId")).longValue()).isEqualTo(eventId);
            assertThat(Api.json(Api.get("/county/admin/audit-integrity", Api.token("cal.countyadmin")).body()))
                    .as("the other council's chain is its own").containsEntry("intact", true);
            ApiAuthenticationIT.assertIsProblem(Api.get("/city/admin/audit-integrity", Api.token("casey.city")), 403);
        } finally {
            tamper(eventId, reason);
        }
        assertThat(Api.json(Api.get("/city/admin/audit-integrity", ada).body())).containsEntry("intact", true);
    }

    /** Changes an event as someone with the database's superuser could: past the append-only trigger. */
    private static void tamper(long eventId, String reason) throws SQLException {
        try (Connection c = PortalStack.database().superuserConnection()) {
            c.setAutoCommit(false);
            c.createStatement().execute("alter table core_audit_event disable trigger core_audit_event_append_only");
            try (PreparedStatement ps = c.prepareStatement("update core_audit_event set reason = ? where id = ?")) {
                ps.setString(1, reason);
                ps.setLong(2, eventId);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            c.createStatement().execute("alter table core_audit_event enable trigger core_audit_event_append_only");
            c.commit();
        }
    }

    @Test
    void withoutACouncilTheApplicationsRoleSeesNoRecordAtAll() throws Exception {
        Api.createPerson("city", Api.token("casey.city"), "Cara", "Hidden");
        try (Connection app = DriverManager.getConnection(PortalStack.database().jdbcUrl(), "portal_app", "portal_app")) {
            assertThat(count(app, "select count(*) from core_person")).isZero();
            app.createStatement().execute("select set_config('portal.tenant', 'county', false)");
            assertThat(count(app, "select count(*) from core_person where family_name = 'Hidden'")).isZero();
            app.createStatement().execute("select set_config('portal.tenant', 'city', false)");
            assertThat(count(app, "select count(*) from core_person where family_name = 'Hidden'")).isPositive();
        }
    }

    /** The actions recorded against one person, oldest first (read beneath the application). */
    private static List<String> events(String recordId) throws SQLException {
        return column(recordId, "action");
    }

    /** One column of the events recorded against one person, oldest first. */
    private static List<String> column(String recordId, String column) throws SQLException {
        try (Connection c = PortalStack.database().superuserConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select " + column + " from core_audit_event where record_type = 'person' and record_id = ? order by id")) {
            ps.setString(1, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> actions = new java.util.ArrayList<>();
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
                return actions;
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
