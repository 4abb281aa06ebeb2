package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nottspartners.portal.core.identity.PortalRole;

/**
 * A user holding every role in Nottingham City tries every endpoint of the API (enumerated by
 * reflection) on Nottinghamshire County records: by id (each endpoint given the id of a County record of the type its
 * path names: a person, family, case note, early help case, clock, homeless presentation, provider, A1, directory
 * organisation, service, taxonomy and term; issue 27 §6), by search, by listing, by export, with the council segment
 * forged, and with a forged council header and parameter. No answer may contain what only the County records hold
 * (the attacker knows the ids and the family name, never the first name), no answer of success may carry a County
 * record's id, and the person must be unchanged afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class CrossTenantAttackIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void noEndpointGivesACityUserACountyRecord() {
        Attack attack = attackEveryEndpoint();
        System.out.println("cross-tenant attacks: " + attack.pairs() + " tried, " + attack.leaks().size() + " leaked");
        attack.assertNothingLeaked();
    }

    /**
     * The JPA layer proven alone (issue 25): with every row-level security policy reduced to
     * {@code using (true) with check (true)}, EclipseLink's tenant filter and the portal's own council
     * conditions still keep every County record from a City user, and search answers from the City only
     * (it used to answer 500 when the database offered it other councils' candidates).
     */
    @Test
    void withEveryRowPolicyReducedToTrueTheApplicationAloneLeaksNothing() throws Exception {
        Scenario county = countyRecords();
        try (RowPolicies.Fault fault = RowPolicies.everyPolicyTrue(PortalStack.database())) {
            assertThat(fault.policies()).as("policies reduced to true").isGreaterThan(10);
            Attack attack = attackEveryEndpoint(county);
            System.out.println("cross-tenant attacks with row-level security reduced to true: " + attack.pairs() + " tried, "
                    + attack.leaks().size() + " leaked");
            attack.assertNothingLeaked();

            HttpResponse<String> search = Api.get("/city/people/matches?name=" + attack.hiddenName() + "+" + attack.secret(),
                    cityUserWithEveryRole());
            assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
            assertThat(search.body()).doesNotContain(attack.secret());
        }
    }

    /** What one run of every endpoint against a County record found. */
    record Attack(int pairs, List<String> leaks, String secret, String hiddenName, String countyId, Map<String, Object> record) {
        void assertNothingLeaked() {
            assertThat(leaks).isEmpty();
            assertThat(pairs).isGreaterThanOrEqualTo(4 * 10);
            Map<String, Object> after = Api.json(Api.get("/county/people/" + countyId, Api.token("morgan.county")).body());
            assertThat(after.get("familyName")).isEqualTo(secret);
            assertThat(after.get("version")).isEqualTo(record.get("version"));
        }
    }

    /** The County's records an attack is sent against, and what identifies them. */
    record Scenario(String secret, String unknownToAttacker, String countyId, Map<String, Object> record,
            Map<String, String> typedIds) {
    }

    /**
     * A new County person and a County record of every type, seeded through the portal as it is deployed: before any
     * fault is planted, since with both isolation layers off the County's own work mixes with the City's (its calendar
     * read the City's term dates too, and refused them as overlapping its own).
     */
    static Scenario countyRecords() {
        String secret = "Countyonly" + UUID.randomUUID().toString().substring(0, 8);
        String unknownToAttacker = "Hidden" + UUID.randomUUID().toString().substring(0, 8);
        String county = Api.token("morgan.county");
        Map<String, Object> record = Api.createPerson("county", county, unknownToAttacker, secret);
        String countyId = (String) record.get("id");
        return new Scenario(secret, unknownToAttacker, countyId, record, countyRecordsOfEveryType(countyId, unknownToAttacker, secret));
    }

    /** Every endpoint, four ways, by a City user holding every role, against new County records. */
    static Attack attackEveryEndpoint() {
        return attackEveryEndpoint(countyRecords());
    }

    static Attack attackEveryEndpoint(Scenario scenario) {
        String secret = scenario.secret();
        String unknownToAttacker = scenario.unknownToAttacker();
        String countyId = scenario.countyId();
        Map<String, Object> record = scenario.record();
        String attacker = cityUserWithEveryRole();
        Map<String, String> byCityAddress = new HashMap<>(Map.of("tenant", "city", "id", countyId, "q", secret,
                "type", "person", "module", "attendance", "version", "1", "name", unknownToAttacker + " " + secret));
        Map<String, String> typedIds = scenario.typedIds();
        byCityAddress.putAll(typedIds);
        Map<String, String> byForgedCouncil = new HashMap<>(byCityAddress);
        byForgedCouncil.put("tenant", "county");
        Map<String, String> forgedHeaders = Map.of("X-Tenant", "county", "X-Portal-Tenant", "county", "Tenant", "county");

        List<String> leaks = new ArrayList<>();
        int pairs = 0;
        for (ApiEndpoints.Endpoint e : ApiEndpoints.all()) {
            List<HttpResponse<String>> answers = List.of(
                    EndpointCalls.call(e, byCityAddress, attacker, Map.of()),
                    EndpointCalls.call(e, byForgedCouncil, attacker, Map.of()),
                    EndpointCalls.call(e, byCityAddress, attacker, forgedHeaders),
                    EndpointCalls.call(e, withCouncilParameter(byCityAddress), attacker, Map.of()));
            for (HttpResponse<String> answer : answers) {
                pairs++;
                boolean gaveACountyRecord = answer.statusCode() / 100 == 2 && typedIds.values().stream().anyMatch(answer.body()::contains);
                // a change accepted on a County record's address: a write or a delete that answers 2xx with no body to leak
                boolean changedACountyRecord = !"GET".equals(e.httpMethod()) && answer.statusCode() / 100 == 2
                        && java.util.stream.Stream.concat(typedIds.values().stream(), java.util.stream.Stream.of(countyId))
                                .anyMatch(answer.uri().getPath()::contains);
                if (answer.body().contains(unknownToAttacker) || answer.body().contains("\"tenant\":\"county\"") || gaveACountyRecord
                        || changedACountyRecord) {
                    leaks.add(e + " -> " + answer.uri() + " answered " + answer.statusCode() + ": " + answer.body());
                }
            }
        }
        return new Attack(pairs, leaks, secret, unknownToAttacker, countyId, record);
    }

    /**
     * One County record of each type an endpoint's path names by id, each carrying the name the attacker does not know
     * (issue 27 §6): so that {@code cases/{id}} is tried with a case's id, {@code a1s/{id}} with an A1's, not every one
     * with a person's. By the segment before the id ({@code id@cases}); the types not seeded here get the person's id.
     */
    static Map<String, String> countyRecordsOfEveryType(String personId, String hidden, String secret) {
        String morgan = Api.token("morgan.county");
        String police = Api.token("pat.police");
        String harper = Api.token("harper.housing");
        String admin = DirectoryIT.admin("county");
        Map<String, String> ids = new HashMap<>();
        ids.put("id@people", personId);
        ids.put("id@families", created(Api.post("/county/families", morgan, "{\"name\":\"" + hidden + " family\",\"indexChildId\":\""
                + personId + "\"}")));
        ids.put("id@notes", created(Api.post("/county/people/" + personId + "/notes", morgan, "{\"type\":\"VISIT\",\"eventDate\":\""
                + java.time.LocalDate.now() + "\",\"summary\":\"Visit " + hidden + "\",\"who\":\"" + hidden + "\",\"aim\":\"Hear "
                + hidden + "\",\"method\":\"Talked\",\"outcome\":\"Agreed\",\"actions\":\"Call school\"}")));
        String caseId = created(Api.post("/county/early-help/referrals", police, "{\"indexChildId\":\"" + personId
                + "\",\"route\":\"EARLY_HELP_ASSESSMENT\",\"concerns\":\"" + hidden + " late most days\",\"believedLevel\":\"P2P_L2\","
                + "\"consentGivenBy\":\"Mother\",\"consentDate\":\"" + java.time.LocalDate.now() + "\",\"consentEvidence\":\"Signed\","
                + "\"referrerContact\":\"0115 900 0000\",\"assessmentForm\":\"" + hidden + " wants help\"}"));
        ids.put("id@cases", caseId);
        Api.jsonArray(Api.get("/county/clocks?max=500", morgan).body()).stream().filter(c -> caseId.equals(c.get("subjectId")))
                .findFirst().ifPresent(c -> ids.put("id@clocks", (String) c.get("id")));
        // the case accepted and allocated, so that work is commissioned for it: an intervention
        Object read = Api.json(Api.get("/county/early-help/cases/" + caseId, morgan).body()).get("version");
        HttpResponse<String> accepted = Api.post("/county/early-help/cases/" + caseId + "/decision", morgan, "{\"version\":" + read
                + ",\"decision\":\"ACCEPT_TO_TEAM\",\"teamCode\":\"county-ehcm-west\",\"decidedLevel\":\"P2P_L2\","
                + "\"reasons\":\"Needs met by early help\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        // on the team's waiting list first, which writes the family's and the referrer's letters: a letter
        HttpResponse<String> waiting = Api.post("/county/early-help/cases/" + caseId + "/waiting-list", morgan, "{\"version\":"
                + Api.json(accepted.body()).get("version") + ",\"risk\":\"RED\",\"existingSupport\":\"LOW\"}");
        assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(200);
        ids.put("id@letters", (String) Api.jsonArray(Api.get("/county/early-help/cases/" + caseId + "/letters", morgan).body()).get(0)
                .get("id"));
        HttpResponse<String> allocated = Api.post("/county/early-help/cases/" + caseId + "/allocation", morgan, "{\"version\":"
                + Api.json(waiting.body()).get("version") + ",\"worker\":\"morgan.county\"}");
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(200);
        // Supporting Families' screening of the case (its families are FamilyScreening records, not the family record's)
        HttpResponse<String> screened = Api.post("/county/troubled-families/screenings", morgan, "{\"caseId\":\"" + caseId
                + "\",\"indexChildId\":\"" + personId + "\",\"members\":[{\"personId\":\"" + personId + "\",\"criteria\":[\"education\"]}],"
                + "\"leadPractitioner\":\"" + hidden + "\"}");
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);
        ids.put("id@troubled-families/families", (String) Api.json(screened.body()).get("id"));
        // a day the County's offices close (far ahead, so that no other test's working days move)
        java.time.LocalDate closure = java.time.LocalDate.of(2040, 1, 2).plusWeeks(CLOSURES.getAndIncrement());
        ids.put("id@days", created(Api.post("/county/admin/calendar/days", Api.token("cal.countyadmin"), "{\"day\":\"" + closure
                + "\",\"kind\":\"COUNCIL_CLOSURE\",\"description\":\"" + hidden + " closure\"}")));
        ids.put("id@interventions", created(Api.post("/county/early-help/cases/" + caseId + "/interventions", morgan,
                "{\"kind\":\"INTERVENTION\",\"worker\":\"cfw.county\",\"purpose\":\"" + hidden + " routines\"}")));
        String young = (String) Api.json(Api.post("/county/people", harper, "{\"givenName\":\"" + hidden + "\",\"familyName\":\""
                + secret + "\",\"dateOfBirth\":\"" + java.time.LocalDate.now().minusYears(16).minusDays(30) + "\"}").body()).get("id");
        ids.put("id@presentations", created(Api.post("/county/housing/presentations", harper, "{\"personId\":\"" + young
                + "\",\"reason\":\"SOFA_SURFING\",\"circumstances\":\"" + hidden + " asked to leave\"}")));
        ids.put("id@providers", created(Api.post("/county/housing/providers", harper, "{\"name\":\"" + hidden + " house\","
                + "\"organisation\":\"Framework Housing Association\",\"kind\":\"SUPPORTED_ACCOMMODATION\",\"vacancies\":1}")));
        ids.put("id@a1s", created(Api.post("/county/housing/a1s", harper, "{\"personId\":\"" + young + "\",\"route\":\"SERVED_NOTICE\","
                + "\"answers\":{\"sleeping\":\"sofa\",\"risk\":\"some\",\"support\":\"low\",\"mediation\":\"not-yet\",\"ete\":\"yes\"}}")));
        // the A1 sent to the provider: an offer
        HttpResponse<String> sent = Api.post("/county/housing/a1s/" + ids.get("id@a1s") + "/offers", harper, "{\"version\":"
                + Api.json(Api.get("/county/housing/a1s/" + ids.get("id@a1s"), harper).body()).get("version") + ",\"providerIds\":[\""
                + ids.get("id@providers") + "\"]}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> offers = (List<Map<String, Object>>) Api.json(sent.body()).get("offers");
        ids.put("id@offers", (String) offers.get(0).get("id"));
        String org = DirectoryIT.organisation("county", hidden + " trust", null);
        ids.put("id@organisations", org);
        ids.put("id@services", (String) DirectoryIT.addService("county", admin, DirectoryIT.serviceJson(org, hidden + " group", null, null, ""))
                .get("id"));
        String taxonomy = created(Api.post("/county/directory/taxonomies", admin, "{\"name\":\"" + hidden + " taxonomy\",\"description\":\"x\"}"));
        ids.put("id@taxonomies", taxonomy);
        ids.put("id@terms", created(Api.post("/county/directory/taxonomies/" + taxonomy + "/terms", admin, "{\"name\":\"" + hidden
                + " term\",\"description\":\"x\"}")));
        ids.put("id@locations", DirectoryIT.location("county", hidden + " hall", "NG18 1AA", 53.14, -1.2));
        countyAttendanceRecords(ids, hidden, secret);
        // a member of the public's licence application in the County (a draft: what an applicant starts with)
        ids.put("id@applications", created(Api.post("/county/licensing/applications", Api.token("pip.public"), "{\"kind\":\"PERFORMANCE\"}")));
        // a report of a child working without a licence, from the County's public
        ids.put("id@unlicensed-work", created(Api.post("/county/licensing/unlicensed-work", Api.token("pip.public"), "{\"child\":\""
                + hidden + " of about 12\",\"work\":\"Delivering leaflets for " + secret + "\"}")));
        assertThat(ids).as("a County record of each type").containsOnlyKeys("id@people", "id@families", "id@notes", "id@cases",
                "id@clocks", "id@presentations", "id@providers", "id@a1s", "id@organisations", "id@services", "id@taxonomies", "id@terms",
                "id@locations", "id@applications", "id@interventions", "id@letters", "id@troubled-families/families", "id@days",
                "id@offers", "id@penalty-notices", "id@attendance/letters", "id@enforcement-cases", "id@unlicensed-work");
        return ids;
    }

    /**
     * A County pupil with a week of unauthorised absence in a County school's register (kai.attendance's upload), a
     * penalty notice to one parent, issued with its letter, and an enforcement case for the other: attendance's own
     * records. (Waves are the City's way of working; the County has none to seed.)
     */
    private static void countyAttendanceRecords(Map<String, String> ids, String hidden, String secret) {
        String morgan = Api.token("morgan.county");
        String kai = Api.token("kai.attendance");
        java.util.List<java.time.LocalDate> days = AttendanceEnforcementIT.schoolDaysBefore(5);
        // the County's term dates known from 60 days back (as attendance's scan test enters them) to 150 days ahead, a
        // notice's dates being counted in school days: a term for each gap the terms entered so far leave, in any order
        // of the test classes, overlapping none (the calendar refuses an overlap)
        String cal = Api.token("cal.countyadmin");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        java.time.LocalDate cursor = today.minusDays(60);
        java.time.LocalDate needed = today.plusDays(150);
        List<Map<String, Object>> terms = new ArrayList<>(Api.jsonArray(Api.get("/county/admin/calendar/terms", cal).body()));
        terms.sort(java.util.Comparator.comparing(t -> (String) t.get("startsOn")));
        int gap = 0;
        for (Map<String, Object> t : terms) {
            java.time.LocalDate start = java.time.LocalDate.parse((String) t.get("startsOn"));
            java.time.LocalDate end = java.time.LocalDate.parse((String) t.get("endsOn"));
            if (cursor.isAfter(needed)) {
                break;
            }
            if (start.isAfter(cursor)) {
                addTerm(cal, hidden + " " + ++gap, cursor, start.minusDays(1).isBefore(needed) ? start.minusDays(1) : needed);
            }
            if (!end.isBefore(cursor)) {
                cursor = end.plusDays(1);
            }
        }
        if (!cursor.isAfter(needed)) {
            addTerm(cal, hidden + " " + ++gap, cursor, needed);
        }
        String upn = AttendanceRegisterIT.upn();
        String pupil = created(Api.post("/county/people", morgan, "{\"givenName\":\"" + hidden + "\",\"familyName\":\"" + secret
                + "\",\"dateOfBirth\":\"2015-05-01\",\"upn\":\"" + upn + "\"}"));
        List<String> parents = new ArrayList<>();
        for (String relation : List.of("MOTHER", "FATHER")) {
            String parent = created(Api.post("/county/people", morgan, "{\"givenName\":\"" + hidden + "\",\"familyName\":\"" + secret
                    + "\",\"dateOfBirth\":\"1986-02-01\",\"kind\":\"PARENT_OR_CARER\"}"));
            created(Api.post("/county/people/" + parent + "/relationships", morgan, "{\"type\":\"" + relation
                    + "\",\"relatedPersonId\":\"" + pupil + "\",\"parentalResponsibility\":true}"));
            parents.add(parent);
        }
        HttpResponse<String> register = AttendanceEnforcementIT.uploadTo("county", kai, AttendanceEnforcementIT.registerAt("122700", upn,
                days, "N"));
        assertThat(register.statusCode()).as(register.body()).isEqualTo(201);
        HttpResponse<String> notice = Api.post("/county/attendance/pupils/" + pupil + "/penalty-notices", kai, "{\"parentId\":\""
                + parents.get(0) + "\"}");
        ids.put("id@penalty-notices", created(notice));
        HttpResponse<String> issued = Api.post("/county/attendance/penalty-notices/" + ids.get("id@penalty-notices") + "/steps", kai,
                "{\"step\":\"ISSUED\",\"version\":" + Api.json(notice.body()).get("version") + "}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        ids.put("id@attendance/letters", (String) Api.jsonArray(Api.get("/county/attendance/pupils/" + pupil + "/letters", kai).body())
                .get(0).get("id"));
        ids.put("id@enforcement-cases", created(Api.post("/county/attendance/pupils/" + pupil + "/enforcement-cases", kai,
                "{\"parentId\":\"" + parents.get(1) + "\",\"stage\":\"NOTICE_TO_ATTEND\",\"reason\":\"" + hidden + " not taken up\"}")));
    }

    private static void addTerm(String admin, String name, java.time.LocalDate from, java.time.LocalDate to) {
        created(Api.post("/county/admin/calendar/terms", admin, "{\"name\":\"Attack term " + name + "\",\"startsOn\":\"" + from
                + "\",\"endsOn\":\"" + to + "\"}"));
    }

    /** Each seeding's closure day its own (a day already marked is refused): Mondays from 2040, far from any test's dates. */
    private static final java.util.concurrent.atomic.AtomicInteger CLOSURES = new java.util.concurrent.atomic.AtomicInteger();

    private static String created(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isEqualTo(201);
        return (String) Api.json(r.body()).get("id");
    }

    @Test
    void aForgedCouncilSegmentIsNotFoundAndLeaksNothingAboutExistence() {
        String attacker = cityUserWithEveryRole();
        HttpResponse<String> real = Api.get("/county/people", attacker);
        HttpResponse<String> invented = Api.get("/no-such-council/people", attacker);

        ApiAuthenticationIT.assertIsProblem(real, 404);
        ApiAuthenticationIT.assertIsProblem(invented, 404);
        assertThat(Api.json(real.body()).get("title")).isEqualTo(Api.json(invented.body()).get("title"));
    }

    private static Map<String, String> withCouncilParameter(Map<String, String> values) {
        Map<String, String> v = new HashMap<>(values);
        v.put("?tenant", "county");
        v.put("?council", "county");
        return v;
    }

    static String cityUserWithEveryRole() {
        List<String> roles = PortalClasses.roles().stream().map(r -> "city:" + r.tokenName()).toList();
        roles.forEach(KeycloakAdmin::ensureRole);
        KeycloakAdmin.ensureUser("every-role.city", roles);
        return Api.token("every-role.city");
    }
}
