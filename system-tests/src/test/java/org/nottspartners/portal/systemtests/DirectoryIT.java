package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services directory on the real stack (issue 19): kept through the staff API by each council's administrators and
 * by a partner organisation for its own services only; published without sign-in to the Open Referral UK profile, every
 * answer valid against the standard's own JSON schemas (networknt, Draft 2020-12, formats checked); pages at their edges;
 * one council's directory never in the other's; nothing about a person or a member of staff ever published; another
 * directory's feed imported with a report of what was refused and why; services near a postcode.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryIT {

    static final String OPEN = "http://127.0.0.1:8080/portal-api/open";
    private static final OrukSchemas SCHEMAS = new OrukSchemas();

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    /** An administrator's token, kept for two minutes (it lives five): asking Keycloak for one at every call of the
     * directory's tests signed one user in dozens of times a second, and its brute-force protection then turned the
     * user away ("user_temporarily_disabled", seen in CI). */
    static String admin(String council) {
        String user = "city".equals(council) ? "ada.cityadmin" : "cal.countyadmin";
        long now = System.nanoTime();
        Object[] kept = ADMIN_TOKENS.get(user);
        if (kept != null && now - (Long) kept[1] < java.util.concurrent.TimeUnit.MINUTES.toNanos(2)) {
            return (String) kept[0];
        }
        String token = Api.token(user);
        ADMIN_TOKENS.put(user, new Object[] {token, now});
        return token;
    }

    private static final java.util.Map<String, Object[]> ADMIN_TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    static HttpResponse<String> open(String path) {
        return Api.call("GET", OPEN + path, null);
    }

    static Map<String, Object> ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return Api.json(r.body());
    }

    /** A new organisation in the council's directory; its staff (by their sign-in organisation) keep its services. */
    static String organisation(String council, String name, String signInOrganisation) {
        return (String) ok(Api.post("/" + council + "/directory/organisations", admin(council), "{\"name\":\"" + name
                + "\",\"description\":\"Runs services for families\",\"website\":\"https://example.org\""
                + (signInOrganisation == null ? "" : ",\"signInOrganisation\":\"" + signInOrganisation + "\"") + "}"), 201).get("id");
    }

    static String location(String council, String name, String postcode, double lat, double lon) {
        return (String) ok(Api.post("/" + council + "/directory/locations", admin(council), "{\"locationType\":\"physical\","
                + "\"name\":\"" + name + "\",\"address\":\"1 Test Street\",\"city\":\"Nottingham\",\"region\":\"Nottinghamshire\","
                + "\"postcode\":\"" + postcode + "\",\"latitude\":" + lat + ",\"longitude\":" + lon
                + ",\"accessibility\":\"Step-free entrance and a hearing loop\"}"), 201).get("id");
    }

    /** The first term of the council's starting taxonomy. */
    @SuppressWarnings("unchecked")
    static String aTerm(String council) {
        List<Map<String, Object>> taxonomies = Api.jsonArray(Api.get("/" + council + "/directory/taxonomies", admin(council)).body());
        Map<String, Object> family = taxonomies.stream().filter(t -> "Family services".equals(t.get("name"))).findFirst().orElseThrow();
        return (String) ((List<Map<String, Object>>) family.get("terms")).get(0).get("id");
    }

    static String serviceJson(String organisationId, String name, String locationId, String termId, String extra) {
        return "{\"organisationId\":\"" + organisationId + "\",\"name\":\"" + name + "\",\"description\":\"Weekly sessions for"
                + " parents of under-fives\",\"howToAccess\":\"Drop in, or ask your health visitor\",\"url\":\"https://example.org/s\","
                + "\"email\":\"hub@example.org\",\"status\":\"active\",\"minimumAge\":0,\"maximumAge\":4,"
                + "\"reviewedOn\":\"2026-06-01\","
                + "\"locationIds\":" + (locationId == null ? "[]" : "[\"" + locationId + "\"]")
                + ",\"termIds\":" + (termId == null ? "[]" : "[\"" + termId + "\"]")
                + ",\"schedules\":[{\"freq\":\"WEEKLY\",\"byday\":\"MO,WE\",\"opensAt\":\"09:30:00\",\"closesAt\":\"12:00:00\"}],"
                + "\"contacts\":[{\"name\":\"Family Hub reception\",\"title\":\"Reception\",\"phone\":\"0115 496 0123\"}],"
                + "\"costs\":[{\"option\":\"Each session\",\"amount\":0,\"amountDescription\":\"Free\"}],"
                + "\"languages\":[\"English\",\"Polish\"]" + extra + "}";
    }

    static Map<String, Object> addService(String council, String token, String json) {
        return ok(Api.post("/" + council + "/directory/services", token, json), 201);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPublishedAnswerIsValidAgainstTheOpenReferralSchemasAndReadableFromAnySite() {
        String org = organisation("city", "Schema Check Trust " + UUID.randomUUID(), null);
        String place = location("city", "Schema Check Hub", "NG7 5HY", 52.9650, -1.1690);
        String service = (String) addService("city", admin("city"), serviceJson(org, "Stay and Play " + UUID.randomUUID(), place,
                aTerm("city"), "")).get("id");

        HttpResponse<String> meta = open("/city/");
        assertThat(meta.statusCode()).isEqualTo(200);
        assertThat(Api.json(meta.body())).containsEntry("version", "3.0").containsKeys("profile", "openapi_url");

        HttpResponse<String> list = open("/city/services?organization_id=" + org);
        assertThat(SCHEMAS.pageProblems(OrukSchemas.OrukSchema.SERVICE_LIST, list.body())).isEmpty();
        assertThat(((List<Object>) Api.json(list.body()).get("contents"))).hasSize(1);
        System.out.println("ORUK sample: GET /open/city/services?organization_id=" + org + " answered " + list.statusCode() + ":\n"
                + list.body());

        HttpResponse<String> full = open("/city/services/" + service);
        assertThat(SCHEMAS.problems(OrukSchemas.OrukSchema.SERVICE, full.body())).isEmpty();
        Map<String, Object> s = Api.json(full.body());
        assertThat(s).containsEntry("status", "active").containsEntry("assured_date", "2026-06-01");
        assertThat((List<Object>) s.get("service_at_locations")).hasSize(1);
        assertThat((List<Object>) s.get("attributes")).hasSize(1);
        assertThat(s.get("last_modified").toString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

        HttpResponse<String> sals = open("/city/service_at_locations?organization_id=" + org);
        assertThat(SCHEMAS.pageProblems(OrukSchemas.OrukSchema.SERVICE_AT_LOCATION_LIST, sals.body())).isEmpty();
        String salId = (String) ((List<Map<String, Object>>) Api.json(sals.body()).get("contents")).get(0).get("id");
        HttpResponse<String> sal = open("/city/service_at_locations/" + salId);
        assertThat(SCHEMAS.problems(OrukSchemas.OrukSchema.SERVICE_AT_LOCATION, sal.body())).isEmpty();
        assertThat(Api.json(sal.body())).containsEntry("service_id", service);

        HttpResponse<String> taxonomies = open("/city/taxonomies");
        assertThat(SCHEMAS.pageProblems(OrukSchemas.OrukSchema.TAXONOMY, taxonomies.body())).isEmpty();
        String taxonomyId = (String) ((List<Map<String, Object>>) Api.json(taxonomies.body()).get("contents")).get(0).get("id");
        HttpResponse<String> taxonomy = open("/city/taxonomies/" + taxonomyId);
        assertThat(SCHEMAS.problems(OrukSchemas.OrukSchema.TAXONOMY, taxonomy.body())).isEmpty();
        assertThat((List<Object>) Api.json(taxonomy.body()).get("taxonomy_terms")).isNotEmpty();
        HttpResponse<String> terms = open("/city/taxonomy_terms?per_page=5");
        assertThat(SCHEMAS.pageProblems(OrukSchemas.OrukSchema.TAXONOMY_TERM, terms.body())).isEmpty();
        HttpResponse<String> term = open("/city/taxonomy_terms/" + aTerm("city"));
        assertThat(SCHEMAS.problems(OrukSchemas.OrukSchema.TAXONOMY_TERM, term.body())).isEmpty();

        // the standard asks every answer, refusals included, to be readable from any site; and nothing asks for a token
        for (HttpResponse<String> r : List.of(meta, list, full, sals, sal, taxonomies, taxonomy, terms, term,
                open("/city/services/" + UUID.randomUUID()), open("/city/services?page=0"), open("/nowhere/services"))) {
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(r.uri().toString()).hasValue("*");
            assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isIn(200, 400, 404);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void pagesAreNumberedFromOneAndTheirEdgesAreTold() {
        String org = organisation("county", "Paging Trust " + UUID.randomUUID(), null);
        for (int i = 1; i <= 7; i++) {
            addService("county", admin("county"), serviceJson(org, "Paged service " + i, null, null, ""));
        }
        String q = "/county/services?organization_id=" + org + "&per_page=3";
        Map<String, Object> first = Api.json(open(q).body());
        assertThat(first).containsEntry("total_items", 7L).containsEntry("total_pages", 3L).containsEntry("page_number", 1L)
                .containsEntry("size", 3L).containsEntry("first_page", true).containsEntry("last_page", false).containsEntry("empty", false);
        assertThat(((List<Map<String, Object>>) first.get("contents")).stream().map(c -> c.get("name")))
                .containsExactly("Paged service 1", "Paged service 2", "Paged service 3");
        Map<String, Object> last = Api.json(open(q + "&page=3").body());
        assertThat(last).containsEntry("size", 1L).containsEntry("first_page", false).containsEntry("last_page", true)
                .containsEntry("empty", false);
        Map<String, Object> beyond = Api.json(open(q + "&page=4").body());
        assertThat(beyond).containsEntry("size", 0L).containsEntry("empty", true).containsEntry("last_page", true)
                .containsEntry("total_items", 7L);
        Map<String, Object> none = Api.json(open("/county/services?search=" + UUID.randomUUID()).body());
        assertThat(none).containsEntry("total_items", 0L).containsEntry("total_pages", 0L).containsEntry("first_page", true)
                .containsEntry("last_page", true).containsEntry("empty", true);
        Map<String, Object> all = Api.json(open("/county/services?organization_id=" + org).body());
        assertThat(all).containsEntry("size", 7L).containsEntry("total_pages", 1L).containsEntry("last_page", true);
        for (String bad : List.of("page=0", "page=-1", "page=abc", "per_page=0", "per_page=501", "per_page=1e3", "minimum_age=old",
                "day=someday", "start_time=25:00", "taxonomy_term_id=not-an-id")) {
            HttpResponse<String> r = open("/county/services?" + bad);
            assertThat(r.statusCode()).as(bad + " " + r.body()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
            assertThat(r.body()).contains(bad.substring(0, bad.indexOf('=')));
        }
    }

    @Test
    void oneCouncilsDirectoryNeverShowsInTheOthers() {
        String name = "Only in the City " + UUID.randomUUID();
        String org = organisation("city", "City Only Trust " + UUID.randomUUID(), null);
        String place = location("city", "City Only Hub", "NG2 3NG", 52.94, -1.14);
        Map<String, Object> s = addService("city", admin("city"), serviceJson(org, name, place, aTerm("city"), ""));
        String id = (String) s.get("id");
        assertThat(open("/city/services/" + id).statusCode()).isEqualTo(200);
        assertThat(open("/county/services/" + id).statusCode()).isEqualTo(404);
        assertThat(open("/county/services?search=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).body()).doesNotContain(name)
                .contains("\"total_items\":0");
        assertThat(open("/county/services?organization_id=" + org).body()).contains("\"total_items\":0");
        assertThat(open("/county/taxonomy_terms/" + aTerm("city")).statusCode()).isEqualTo(404);
        assertThat(open("/county/service_at_locations?organization_id=" + org).body()).contains("\"total_items\":0");
        // and through the staff API: the other council's administrator finds nothing to read or change
        assertThat(Api.get("/county/directory/services/" + id, admin("county")).statusCode()).isEqualTo(404);
        assertThat(Api.put("/county/directory/services/" + id, admin("county"), serviceJson(org, "Taken over", null, null,
                ",\"version\":" + s.get("version"))).statusCode()).isIn(400, 404);
        assertThat(Api.get("/city/directory/services/" + id, admin("city")).body()).contains(name);
        // a service cannot name the other council's organisation, place or term
        String countyOrg = organisation("county", "County Trust " + UUID.randomUUID(), null);
        HttpResponse<String> mixed = Api.post("/county/directory/services", admin("county"), serviceJson(countyOrg, "Mixed", place,
                aTerm("city"), ""));
        assertThat(mixed.statusCode()).as(mixed.body()).isEqualTo(400);
        assertThat(mixed.body()).contains("locationIds").contains("termIds");
    }

    /** Keys the standard's schemas define (read from the schema files themselves), and the portal's own, prefixed x_. */
    private static Set<String> publishableKeys() throws IOException {
        Set<String> keys = new HashSet<>(Set.of("total_items", "total_pages", "page_number", "size", "first_page", "last_page",
                "empty", "contents", "version", "profile", "openapi_url"));
        for (String file : List.of("compiled/service.json", "compiled/service_at_location.json", "taxonomy.json", "taxonomy_term.json")) {
            try (InputStream in = DirectoryIT.class.getResourceAsStream("/oruk/schema/" + file)) {
                String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Matcher m = Pattern.compile("\"properties\"\\s*:\\s*\\{").matcher(schema);
                while (m.find()) {
                    collectPropertyNames(schema, m.end(), keys);
                }
            }
        }
        return keys;
    }

    /** The names directly inside a "properties" object starting at {@code from}. */
    private static void collectPropertyNames(String schema, int from, Set<String> into) {
        int depth = 1;
        Matcher key = Pattern.compile("\"([A-Za-z_0-9]+)\"\\s*:").matcher(schema);
        int i = from;
        while (depth > 0 && i < schema.length()) {
            char c = schema.charAt(i);
            if (c == '"') {
                int end = schema.indexOf('"', i + 1);
                if (depth == 1 && key.find(i) && key.start() == i) {
                    into.add(key.group(1));
                }
                i = end + 1;
                continue;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            i++;
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void nothingAboutAPersonOrAMemberOfStaffIsEverPublished() throws IOException {
        // a person and a case note in the council, and a service kept by a named administrator
        String family = "Publishcheck" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> person = Api.createPerson("city", Api.token("casey.city"), "Ruby", family);
        String org = organisation("city", "Privacy Trust " + UUID.randomUUID(), null);
        String place = location("city", "Privacy Hub", "NG8 3BG", 52.96, -1.21);
        String service = (String) addService("city", admin("city"), serviceJson(org, "Privacy check service", place, aTerm("city"),
                "")).get("id");
        Map<String, Object> full = Api.json(open("/city/services/" + service).body());
        String salId = (String) ((List<Map<String, Object>>) full.get("service_at_locations")).get(0).get("id");
        List<String> answers = new ArrayList<>();
        for (String path : List.of("/city/", "/city/services?per_page=500", "/city/services/" + service, "/city/service_at_locations?per_page=500",
                "/city/service_at_locations/" + salId, "/city/taxonomies", "/city/taxonomy_terms?per_page=500")) {
            HttpResponse<String> r = open(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            answers.add(r.body());
        }
        Set<String> allowed = publishableKeys();
        Set<String> published = new HashSet<>();
        for (String body : answers) {
            Matcher m = Pattern.compile("\"([A-Za-z_0-9]+)\"\\s*:").matcher(body);
            while (m.find()) {
                published.add(m.group(1));
            }
            assertThat(body).doesNotContain(family).doesNotContain((String) person.get("id")).doesNotContain("ada.cityadmin")
                    .doesNotContain("Ada ").doesNotContain("casey");
        }
        assertThat(published).as("every published field is the standard's, or the portal's own x_ field")
                .allMatch(k -> allowed.contains(k) || k.startsWith("x_"));
        assertThat(published).doesNotContain("given_name", "family_name", "date_of_birth", "changed_by", "created_by", "for_tenant",
                "person_id", "case_id", "user");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPartnerOrganisationKeepsItsOwnServicesAndNoOneElses() {
        String fern = Api.token("fern.provider"); // Framework Housing Association, a partner in both councils
        String framework = organisation("city", "Framework Housing Association " + UUID.randomUUID(), "Framework Housing Association");
        String council = organisation("city", "Council team " + UUID.randomUUID(), null);
        Map<String, Object> own = addService("city", fern, serviceJson(framework, "Framework supported lodgings", null, null, ""));
        assertThat(own).containsEntry("mayEdit", true).containsEntry("organisation", Api.json(Api.get("/city/directory/services/"
                + own.get("id"), fern).body()).get("organisation"));
        Map<String, Object> councils = addService("city", admin("city"), serviceJson(council, "Council drop-in", null, null, ""));
        assertThat(Api.json(Api.get("/city/directory/services/" + councils.get("id"), fern).body())).containsEntry("mayEdit", false);

        HttpResponse<String> notTheirs = Api.put("/city/directory/services/" + councils.get("id"), fern,
                serviceJson(council, "Renamed by a partner", null, null, ",\"version\":" + councils.get("version")));
        assertThat(notTheirs.statusCode()).as(notTheirs.body()).isEqualTo(403);
        HttpResponse<String> moved = Api.put("/city/directory/services/" + own.get("id"), fern,
                serviceJson(council, "Moved to the council", null, null, ",\"version\":" + own.get("version")));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(403);
        HttpResponse<String> forOthers = Api.post("/city/directory/services", fern, serviceJson(council, "Added for the council", null, null, ""));
        assertThat(forOthers.statusCode()).as(forOthers.body()).isEqualTo(403);
        HttpResponse<String> health = Api.post("/city/directory/services", Api.token("jo.health"), serviceJson(framework, "Not theirs", null, null, ""));
        assertThat(health.statusCode()).as(health.body()).isEqualTo(403);
        assertThat(Api.post("/city/directory/organisations", fern, "{\"name\":\"Mine\",\"description\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(open("/city/services/" + councils.get("id")).body()).contains("Council drop-in");

        // their own, changed: temporarily closed, told in the history; a stale copy is refused with nothing lost
        Map<String, Object> changed = ok(Api.put("/city/directory/services/" + own.get("id"), fern, serviceJson(framework,
                "Framework supported lodgings", null, null, ",\"status\":\"temporarily closed\",\"version\":" + own.get("version"))
                .replace("\"status\":\"active\",", "")), 200);
        assertThat(changed).containsEntry("status", "temporarily closed");
        assertThat((List<Map<String, Object>>) changed.get("history")).last().extracting(h -> h.get("what"))
                .asString().contains("Status: Running → Temporarily closed");
        HttpResponse<String> stale = Api.put("/city/directory/services/" + own.get("id"), fern, serviceJson(framework,
                "Framework supported lodgings", null, null, ",\"version\":" + own.get("version")));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(open("/city/services/" + own.get("id")).body()).contains("\"status\":\"temporarily closed\"");

        // checked today, by its own organisation
        Map<String, Object> checked = ok(Api.post("/city/directory/services/" + own.get("id") + "/checked", fern,
                "{\"version\":" + changed.get("version") + "}"), 200);
        assertThat(checked).containsEntry("dueForReview", false);
        assertThat(checked.get("reviewedOn")).isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString());
    }

    @Test
    void badEntriesAreRefusedFieldByFieldAndNothingIsSaved() {
        String org = organisation("county", "Bad Input Trust " + UUID.randomUUID(), null);
        HttpResponse<String> r = Api.post("/county/directory/services", admin("county"), "{\"organisationId\":\"" + org
                + "\",\"name\":\"\",\"description\":\"x\",\"status\":\"open\",\"minimumAge\":12,\"maximumAge\":4,"
                + "\"url\":\"not a web page\",\"email\":\"nobody\",\"schedules\":[{\"byday\":\"Mondays\",\"opensAt\":\"12:00:00\","
                + "\"closesAt\":\"09:00:00\"}],\"costs\":[{\"amount\":-5}],\"termIds\":[\"" + UUID.randomUUID() + "\"]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("\"name\"", "\"status\"", "\"maximumAge\"", "\"url\"", "\"email\"", "schedules[0].byday",
                "schedules[0].closesAt", "costs[0].amount", "\"termIds\"").doesNotContain("Exception");
        assertThat(open("/county/services?organization_id=" + org).body()).contains("\"total_items\":0");
        HttpResponse<String> notJson = Api.post("/county/directory/services", admin("county"), "{\"name\": [");
        assertThat(notJson.statusCode()).isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anotherDirectorysFeedIsImportedWithAReportOfWhatWasRefusedAndWhy() throws IOException {
        String example;
        try (InputStream in = DirectoryIT.class.getResourceAsStream("/oruk/examples/service_full.json")) {
            example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String unique = "Community Counselling " + UUID.randomUUID();
        String good = example.replace("\"Community Counselling\"", "\"" + unique + "\"");
        String noName = "{\"id\":\"" + UUID.randomUUID() + "\",\"status\":\"active\",\"description\":\"No name\","
                + "\"organization\":{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"Somebody\",\"description\":\"x\"}}";
        String badStatus = "{\"id\":\"1\",\"name\":\"Open all hours\",\"status\":\"open\",\"description\":\"x\"}";
        String feed = "{\"total_items\":3,\"total_pages\":1,\"page_number\":1,\"size\":3,\"first_page\":true,\"last_page\":true,"
                + "\"empty\":false,\"contents\":[" + good + "," + noName + "," + badStatus + "]}";
        Map<String, Object> report = ok(Api.post("/county/directory/import", admin("county"), feed), 200);
        assertThat(report).containsEntry("received", 3L);
        List<Map<String, Object>> imported = (List<Map<String, Object>>) report.get("imported");
        assertThat(imported).singleElement().satisfies(i -> assertThat(i).containsEntry("name", unique));
        List<Map<String, Object>> rejected = (List<Map<String, Object>>) report.get("rejected");
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0).get("reasons").toString()).contains("It has no name");
        assertThat(rejected.get(1).get("reasons").toString()).contains("status").contains("id").contains("organisation");

        // what was taken is published, valid, with its place, schedule, contact, cost and term
        HttpResponse<String> published = open("/county/services/" + imported.get(0).get("id"));
        assertThat(SCHEMAS.problems(OrukSchemas.OrukSchema.SERVICE, published.body())).isEmpty();
        Map<String, Object> s = Api.json(published.body());
        assertThat((List<Object>) s.get("service_at_locations")).hasSize(1);
        assertThat((List<Object>) s.get("schedules")).hasSize(1);
        assertThat((List<Object>) s.get("attributes")).isNotEmpty();
        assertThat(Api.get("/county/directory/services/" + imported.get(0).get("id"), admin("county")).body())
                .contains("Added to the directory");
        // checked when and by whom the feed says (its assured date and assurer), not by the administrator who imported it
        try (java.sql.Connection c = PortalStack.database().superuserConnection();
                java.sql.PreparedStatement q = c.prepareStatement("select reviewed_on, reviewed_by from dir_service where id = ?")) {
            q.setObject(1, UUID.fromString((String) imported.get(0).get("id")));
            try (java.sql.ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("2005-01-01");
                assertThat(rs.getString(2)).isEqualTo("email@example.com");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }

        // the same feed again changes nothing
        Map<String, Object> again = ok(Api.post("/county/directory/import", admin("county"), feed), 200);
        assertThat((List<Object>) again.get("imported")).isEmpty();
        assertThat((List<Map<String, Object>>) again.get("skipped")).singleElement()
                .satisfies(x -> assertThat(x.get("reasons").toString()).contains("already in the directory"));
        assertThat(open("/county/services?search=" + URLEncoder.encode(unique, StandardCharsets.UTF_8)).body())
                .contains("\"total_items\":1");
        // not JSON, or not a feed: refused whole; and only administrators import
        assertThat(Api.post("/county/directory/import", admin("county"), "not json").statusCode()).isEqualTo(400);
        assertThat(Api.post("/county/directory/import", Api.token("morgan.county"), feed).statusCode()).isEqualTo(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void servicesNearAPostcodeComeNearestFirstAndWithinTheDistanceAsked() {
        String org = organisation("city", "Nearby Trust " + UUID.randomUUID(), null);
        // Meadows (NG2 2JP is about 1.2 km from the postcode searched) and Clifton (about 5 km)
        String near = location("city", "Near hub", "NG2 2JP", 52.9410, -1.1490);
        String far = location("city", "Far hub", "NG11 8EW", 52.9050, -1.1800);
        addService("city", admin("city"), serviceJson(org, "Far service", far, null, ""));
        addService("city", admin("city"), serviceJson(org, "Near service", near, null, ""));
        ok(Api.put("/city/directory/postcodes", admin("city"), "{\"postcodes\":{\"NG1 5FS\":[52.9520,-1.1470]}}"), 200);

        Map<String, Object> within = Api.json(open("/city/service_at_locations?organization_id=" + org
                + "&postcode=NG1%205FS&proximity=2000").body());
        List<Map<String, Object>> contents = (List<Map<String, Object>>) within.get("contents");
        assertThat(contents).extracting(c -> ((Map<String, Object>) c.get("service")).get("name")).containsExactly("Near service");
        Map<String, Object> all = Api.json(open("/city/service_at_locations?organization_id=" + org + "&postcode=ng15fs").body());
        assertThat((List<Map<String, Object>>) all.get("contents")).extracting(c -> ((Map<String, Object>) c.get("service")).get("name"))
                .containsExactly("Near service", "Far service");
        assertThat(SCHEMAS.pageProblems(OrukSchemas.OrukSchema.SERVICE_AT_LOCATION_LIST, open("/city/service_at_locations?postcode=NG1+5FS"
                + "&proximity=2000").body())).isEmpty();
        HttpResponse<String> unknown = open("/city/service_at_locations?postcode=ZZ9%209ZZ");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("postcode");
        assertThat(open("/city/service_at_locations?proximity=2000").statusCode()).isEqualTo(400);
        assertThat(open("/city/service_at_locations?postcode=NG1%205FS&proximity=-3").statusCode()).isEqualTo(400);
        // the county has no such postcode of its own
        assertThat(open("/county/service_at_locations?postcode=NG1%205FS").statusCode()).isEqualTo(400);
    }
}
