package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 16/17 housing through the API on the real stack (issue 17; RULES.md §6): an emergency and a planned move in each
 * council, inside their hour clocks, seen by no other council and no other provider; the last place and the same young
 * person accepted at once by two (one wins, the other is told); the council's scoring scheme, a stale edit told what
 * changed, rescoring only from its date; and bad input answered field by field with nothing saved.
 */
@ExtendWith(ArquillianExtension.class)
class HousingIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String FRAMEWORK = "Framework Housing Association";
    private static final String HOPE_STREET = "Hope Street Supported Housing";

    /** The answers every A1 here gives: an emergency bed last night, some risk, medium support, no way home, not in work. */
    private static final Map<String, String> ANSWERS = Map.of("sleeping", "emergency-bed", "risk", "some", "support", "medium",
            "mediation", "not-safe", "ete", "no");

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    private static String officer(String council) {
        return Api.token("city".equals(council) ? "hana.cityhousing" : "harper.housing");
    }

    private static String other(String council) {
        return "city".equals(council) ? "county" : "city";
    }

    private static Map<String, Object> ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return Api.json(r.body());
    }

    private static String youngPerson(String council, String token, int age) {
        String family = "Hsg" + UUID.randomUUID().toString().substring(0, 8);
        return (String) ok(Api.post("/" + council + "/people", token, "{\"givenName\":\"Robin\",\"familyName\":\"" + family
                + "\",\"dateOfBirth\":\"" + TODAY.minusYears(age).minusDays(40) + "\"}"), 201).get("id");
    }

    private static String provider(String council, String token, String name, String organisation, String kind, int places) {
        return (String) ok(Api.post("/" + council + "/housing/providers", token, "{\"name\":\"" + name + "\",\"organisation\":\""
                + organisation + "\",\"kind\":\"" + kind + "\",\"vacancies\":" + places + "}"), 201).get("id");
    }

    private static Map<String, Object> step(String council, String token, String id, Object version, String json) {
        return ok(Api.post("/" + council + "/housing/presentations/" + id + "/steps", token, "{\"version\":" + version + "," + json + "}"), 200);
    }

    private static String answersJson() {
        StringBuilder s = new StringBuilder("{");
        ANSWERS.forEach((q, a) -> s.append(s.length() > 1 ? "," : "").append('"').append(q).append("\":\"").append(a).append('"'));
        return s.append('}').toString();
    }

    private static Map<String, Object> a1(String council, String token, String personId, String route, String extra) {
        return ok(Api.post("/" + council + "/housing/a1s", token, "{\"personId\":\"" + personId + "\",\"route\":\"" + route
                + "\",\"answers\":" + answersJson() + extra + "}"), 201);
    }

    /** The score the council's newest scheme gives {@link #ANSWERS}: each answer's points times its question's weight. */
    @SuppressWarnings("unchecked")
    private static int expectedScore(String council, String token) {
        Map<String, Object> newest = Api.jsonArray(Api.get("/" + council + "/housing/scoring-scheme", token).body()).get(0);
        int total = 0;
        for (Map<String, Object> q : (List<Map<String, Object>>) newest.get("questions")) {
            String chosen = ANSWERS.get((String) q.get("code"));
            for (Map<String, Object> o : (List<Map<String, Object>>) q.get("options")) {
                if (o.get("code").equals(chosen)) {
                    total += ((Number) o.get("points")).intValue() * ((Number) q.get("weight")).intValue();
                }
            }
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> clock(Map<String, Object> presentation, String standard) {
        return ((List<Map<String, Object>>) presentation.get("clocks")).stream().filter(c -> standard.equals(c.get("standard")))
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no clock " + standard + ": " + presentation));
    }

    private static Duration hours(Map<String, Object> clock) {
        return Duration.between(OffsetDateTime.parse((String) clock.get("startedAt")), OffsetDateTime.parse((String) clock.get("dueAt")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEmergencyInEachCouncilRunsInsideItsClocksAndOnlyTheProviderItIsSentToSeesIt() {
        String fern = Api.token("fern.provider");
        String hal = Api.token("hal.provider");
        for (String council : List.of("city", "county")) {
            String officer = officer(council);
            String bed = provider(council, officer, "Framework emergency beds " + council, FRAMEWORK, "EMERGENCY_BED", 2);
            String place = provider(council, officer, "Framework supported flats " + council, FRAMEWORK, "SUPPORTED_ACCOMMODATION", 1);
            String bAndB = provider(council, officer, "Station Hotel " + council, "Station Hotel Ltd", "BED_AND_BREAKFAST", 5);
            String person = youngPerson(council, officer, 16);

            // presented as homeless: the RAW (1 hour) and contact (2 hours) clocks start from the moment they presented
            Map<String, Object> p = ok(Api.post("/" + council + "/housing/presentations", officer, "{\"personId\":\"" + person
                    + "\",\"reason\":\"SOFA_SURFING\",\"circumstances\":\"Asked to leave by a friend's family tonight\"}"), 201);
            String id = (String) p.get("id");
            assertThat(hours(clock(p, "hsg-raw-allocation"))).isEqualTo(Duration.ofHours(1));
            assertThat(hours(clock(p, "hsg-first-contact"))).isEqualTo(Duration.ofHours(2));
            assertThat(Api.get("/" + council + "/housing/presentations", officer).body()).contains(id);

            p = step(council, officer, id, p.get("version"), "\"step\":\"ALLOCATE\",\"worker\":\"Sam Rapid\"");
            assertThat(clock(p, "hsg-raw-allocation").get("metInTime")).isEqualTo(true);
            p = step(council, officer, id, p.get("version"), "\"step\":\"CONTACT\",\"faceToFace\":true");
            assertThat(clock(p, "hsg-first-contact").get("metInTime")).isEqualTo(true);
            p = step(council, officer, id, p.get("version"), "\"step\":\"HOMELESS\",\"yes\":true,\"notes\":\"No home tonight\"");
            p = step(council, officer, id, p.get("version"), "\"step\":\"SECTION_20\",\"yes\":false");
            assertThat(p.get("wishesSection20")).isEqualTo(false);

            // a bed and breakfast is refused for a 16-year-old, with the reason, and nothing is saved
            HttpResponse<String> refused = Api.post("/" + council + "/housing/presentations/" + id + "/steps", officer,
                    "{\"version\":" + p.get("version") + ",\"step\":\"BED\",\"providerId\":\"" + bAndB + "\"}");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("Bed and breakfast is unsuitable for a young person aged 16", "Southwark");
            Map<String, Object> unchanged = ok(Api.get("/" + council + "/housing/presentations/" + id, officer), 200);
            assertThat(unchanged.get("bed")).isNull();
            assertThat(unchanged.get("version")).isEqualTo(p.get("version"));

            // an emergency bed: the daily-contact clock runs 24 hours and each contact restarts it
            p = step(council, officer, id, p.get("version"), "\"step\":\"BED\",\"providerId\":\"" + bed + "\"");
            assertThat(p.get("bed")).isEqualTo("Framework emergency beds " + council);
            assertThat(hours(clock(p, "hsg-bed-contact"))).isEqualTo(Duration.ofHours(24));
            p = step(council, officer, id, p.get("version"), "\"step\":\"BED_CONTACT\",\"notes\":\"Settled; mediation with mum tomorrow\"");
            assertThat((List<Object>) p.get("contacts")).hasSize(1);
            HttpResponse<String> stale = Api.post("/" + council + "/housing/presentations/" + id + "/steps", officer,
                    "{\"version\":0,\"step\":\"MEDIATION\",\"notes\":\"late\"}");
            assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);

            // the A1 from the presentation, scored and explained item by item under the council's scheme
            int expected = expectedScore(council, officer);
            Map<String, Object> a = a1(council, officer, person, "EMERGENCY", ",\"presentationId\":\"" + id + "\"");
            String a1 = (String) a.get("id");
            assertThat(((Number) a.get("score")).intValue()).isEqualTo(expected);
            assertThat(a.get("completedByOnThisRoute")).isEqualTo("the Rapid Assessment Worker");
            assertThat(((List<Map<String, Object>>) a.get("scoreItems")).stream().map(i -> (String) i.get("inWords")).toList())
                    .anyMatch(w -> w.startsWith("In an emergency bed: 4 points \u00d7 weight "));
            assertThat(Api.get("/" + council + "/housing/waiting-list", officer).body()).contains(a1);

            // sent to Framework only: Hope Street sees nothing of it; Framework cannot decline an emergency
            a = ok(Api.post("/" + council + "/housing/a1s/" + a1 + "/offers", officer, "{\"version\":" + a.get("version")
                    + ",\"providerIds\":[\"" + place + "\"]}"), 200);
            assertThat(Api.get("/" + council + "/housing/a1s/" + a1, hal).statusCode()).isIn(403, 404);
            if ("county".equals(council)) {
                assertThat(Api.get("/county/housing/a1s/" + a1, hal).statusCode()).isEqualTo(404);
                assertThat(Api.get("/county/housing/offers", hal).body()).doesNotContain(a1);
            }
            List<Map<String, Object>> offers = Api.jsonArray(ok200(Api.get("/" + council + "/housing/offers", fern)));
            Map<String, Object> offer = offers.stream().filter(o -> a1.equals(o.get("a1Id"))).findFirst().orElseThrow();
            Map<String, Object> theOffer = (Map<String, Object>) offer.get("offer");
            HttpResponse<String> decline = Api.post("/" + council + "/housing/offers/" + theOffer.get("id") + "/answer", fern,
                    "{\"version\":" + theOffer.get("version") + ",\"answer\":\"DECLINE\",\"reason\":\"Full\"}");
            assertThat(decline.statusCode()).as(decline.body()).isEqualTo(409);
            assertThat(decline.body()).contains("Emergency referrals cannot be declined", "MASH");
            ok(Api.post("/" + council + "/housing/offers/" + theOffer.get("id") + "/answer", fern,
                    "{\"version\":" + theOffer.get("version") + ",\"answer\":\"ACCEPT\"}"), 200);
            assertThat(Api.jsonArray(ok200(Api.get("/" + council + "/housing/providers", fern))).stream()
                    .filter(v -> place.equals(v.get("id"))).findFirst().orElseThrow().get("vacancies")).isEqualTo(0L);
            // the provider now opens the young person's family record; the other provider does not
            assertThat(Api.get("/" + council + "/people/" + person, fern).statusCode()).isEqualTo(200);
            if ("county".equals(council)) {
                assertThat(Api.get("/county/people/" + person, hal).statusCode()).isEqualTo(404);
            }

            // moving in: the keyworker becomes lead professional and the RAW's work (and every clock) closes
            a = ok(Api.get("/" + council + "/housing/a1s/" + a1, fern), 200);
            a = ok(Api.post("/" + council + "/housing/a1s/" + a1 + "/steps", fern, "{\"version\":" + a.get("version")
                    + ",\"step\":\"MOVE_IN\",\"keyworker\":\"Kit Keyworker\"}"), 200);
            assertThat(a.get("status")).isEqualTo("MOVED_IN");
            assertThat(a.get("keyworker")).isEqualTo("Kit Keyworker");
            p = ok(Api.get("/" + council + "/housing/presentations/" + id, officer), 200);
            assertThat((String) p.get("outcome")).startsWith("Moved into supported accommodation with Framework supported flats");
            assertThat((List<Map<String, Object>>) p.get("clocks")).allMatch(c -> c.get("stoppedAt") != null);
            assertThat(Api.get("/" + council + "/housing/presentations", officer).body()).doesNotContain(id);

            // the other council sees none of it
            String otherOfficer = officer(other(council));
            assertThat(Api.get("/" + other(council) + "/housing/presentations/" + id, otherOfficer).statusCode()).isEqualTo(404);
            assertThat(Api.get("/" + other(council) + "/housing/a1s/" + a1, otherOfficer).statusCode()).isEqualTo(404);
            assertThat(Api.get("/" + other(council) + "/housing/waiting-list", otherOfficer).body()).doesNotContain(a1);
        }
    }

    private static String ok200(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlannedMoveAndASection20WishInEachCouncil() {
        for (String council : List.of("city", "county")) {
            String officer = officer(council);
            String person = youngPerson(council, officer, 17);
            // wishes to be looked after: referred to MASH, accommodated, and looked after only 24 hours later
            Map<String, Object> p = ok(Api.post("/" + council + "/housing/presentations", officer, "{\"personId\":\"" + person
                    + "\",\"reason\":\"HOMELESS\"}"), 201);
            p = step(council, officer, (String) p.get("id"), p.get("version"), "\"step\":\"SECTION_20\",\"yes\":true");
            assertThat(p.get("mashReferredAt")).isNotNull();
            p = step(council, officer, (String) p.get("id"), p.get("version"), "\"step\":\"ACCOMMODATED\"");
            assertThat(p.get("lookedAfter")).isEqualTo(false);
            assertThat((String) p.get("lookedAfterInWords")).startsWith("Accommodated under section 20: looked after from ");
            HttpResponse<String> again = Api.post("/" + council + "/housing/presentations/" + p.get("id") + "/steps", officer,
                    "{\"version\":" + p.get("version") + ",\"step\":\"ACCOMMODATED\"}");
            assertThat(again.statusCode()).as("the 24 hours run from the first accommodation").isEqualTo(409);
            assertThat(again.body()).contains("that time stands");
            HttpResponse<String> mashAgain = Api.post("/" + council + "/housing/presentations/" + p.get("id") + "/steps", officer,
                    "{\"version\":" + p.get("version") + ",\"step\":\"SECTION_20\",\"yes\":true}");
            assertThat(mashAgain.statusCode()).isEqualTo(409);
            assertThat(mashAgain.body()).contains("referred to MASH");
            HttpResponse<String> noBed = Api.post("/" + council + "/housing/presentations/" + p.get("id") + "/steps", officer,
                    "{\"version\":" + p.get("version") + ",\"step\":\"BED\"}");
            assertThat(noBed.statusCode()).isEqualTo(400);
            assertThat(noBed.body()).contains("Choose the provider of the emergency bed");

            // a planned move from foster care, completed by the social-care lead professional's route
            String leaver = youngPerson(council, officer, 17);
            Map<String, Object> a = a1(council, Api.token("city".equals(council) ? "casey.city" : "morgan.county"), leaver,
                    "FROM_CARE", ",\"socialCareLead\":true,\"needs\":\"Foster placement ends at 18\"");
            assertThat(a.get("completedByOnThisRoute")).isEqualTo("the social-care lead professional");
            String worker = Api.token("city".equals(council) ? "casey.city" : "morgan.county");
            HttpResponse<String> second = Api.post("/" + council + "/housing/a1s", worker, "{\"personId\":\"" + leaver
                    + "\",\"route\":\"SERVED_NOTICE\",\"answers\":" + answersJson() + "}");
            assertThat(second.statusCode()).as("one active A1 per young person").isEqualTo(409);
            assertThat(second.body()).contains("has an A1 already");
            HttpResponse<String> emergencyByWorker = Api.post("/" + council + "/housing/a1s", worker, "{\"personId\":\""
                    + youngPerson(council, officer, 16) + "\",\"route\":\"EMERGENCY\",\"answers\":" + answersJson() + "}");
            assertThat(emergencyByWorker.statusCode()).isEqualTo(400);
            assertThat(emergencyByWorker.body()).contains("completed by the Rapid Assessment Worker");
            assertThat(Api.post("/" + council + "/housing/a1s/" + a.get("id") + "/steps", worker, "{\"version\":" + a.get("version")
                    + ",\"step\":\"WITHDRAW\",\"reason\":\"x\"}").statusCode()).as("withdrawal is the council's housing officers'")
                    .isEqualTo(403);
            assertThat(a.get("nextStep")).asString().startsWith("Waiting for a place");
            // a planned move's offer may be declined, with the reason
            String place = provider(council, officer, "Framework lodgings " + council, FRAMEWORK, "SUPPORTED_LODGINGS", 3);
            a = ok(Api.post("/" + council + "/housing/a1s/" + a.get("id") + "/offers", officer, "{\"version\":" + a.get("version")
                    + ",\"providerIds\":[\"" + place + "\"]}"), 200);
            Map<String, Object> offer = ((List<Map<String, Object>>) a.get("offers")).get(0);
            assertThat(offer.get("emergency")).isEqualTo(false);
            Map<String, Object> declined = ok(Api.post("/" + council + "/housing/offers/" + offer.get("id") + "/answer",
                    Api.token("fern.provider"), "{\"version\":" + offer.get("version") + ",\"answer\":\"DECLINE\",\"reason\":"
                    + "\"Needs a ground-floor room\"}"), 200);
            assertThat(declined.get("answer")).isEqualTo("DECLINED");
            // withdrawn from the list by the council
            a = ok(Api.get("/" + council + "/housing/a1s/" + a.get("id"), officer), 200);
            a = ok(Api.post("/" + council + "/housing/a1s/" + a.get("id") + "/steps", officer, "{\"version\":" + a.get("version")
                    + ",\"step\":\"WITHDRAW\",\"reason\":\"Staying with foster carers\"}"), 200);
            assertThat(a.get("status")).isEqualTo("WITHDRAWN");
        }
    }

    @Test
    void theLastPlaceAndTheSameYoungPersonAcceptedAtOnceGoToOneProviderOnly() throws Exception {
        String harper = officer("county");
        String fern = Api.token("fern.provider");
        String hal = Api.token("hal.provider");
        // one place left at Framework, two young people sent to it: two accepts at once, one wins
        String flat = provider("county", harper, "Framework last flat", FRAMEWORK, "SUPPORTED_ACCOMMODATION", 1);
        List<String> offerCalls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Map<String, Object> a = a1("county", harper, youngPerson("county", harper, 17), "SERVED_NOTICE", "");
            Map<String, Object> sent = ok(Api.post("/county/housing/a1s/" + a.get("id") + "/offers", harper, "{\"version\":"
                    + a.get("version") + ",\"providerIds\":[\"" + flat + "\"]}"), 200);
            @SuppressWarnings("unchecked")
            Map<String, Object> offer = ((List<Map<String, Object>>) sent.get("offers")).get(0);
            offerCalls.add(offer.get("id") + "|" + offer.get("version"));
        }
        List<HttpResponse<String>> answers = atOnce(offerCalls.stream().map(o -> (Callable<HttpResponse<String>>) () -> Api.post(
                "/county/housing/offers/" + o.split("\\|")[0] + "/answer", fern, "{\"version\":" + o.split("\\|")[1]
                + ",\"answer\":\"ACCEPT\"}")).toList());
        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        assertThat(answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow().body()).contains("No place free");

        // one young person sent to two providers: both accept at once, one wins, the other is told and keeps its place
        String framework = provider("county", harper, "Framework second house", FRAMEWORK, "SUPPORTED_ACCOMMODATION", 2);
        String hope = provider("county", harper, "Hope Street house", HOPE_STREET, "SUPPORTED_ACCOMMODATION", 2);
        Map<String, Object> a = a1("county", harper, youngPerson("county", harper, 16), "SERVED_NOTICE", "");
        Map<String, Object> sent = ok(Api.post("/county/housing/a1s/" + a.get("id") + "/offers", harper, "{\"version\":"
                + a.get("version") + ",\"providerIds\":[\"" + framework + "\",\"" + hope + "\"]}"), 200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> offers = (List<Map<String, Object>>) sent.get("offers");
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (Map<String, Object> o : offers) {
            String token = "Framework second house".equals(o.get("provider")) ? fern : hal;
            calls.add(() -> Api.post("/county/housing/offers/" + o.get("id") + "/answer", token, "{\"version\":" + o.get("version")
                    + ",\"answer\":\"ACCEPT\"}"));
        }
        List<HttpResponse<String>> both = atOnce(calls);
        assertThat(both).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        assertThat(both.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow().body()).contains("Another provider was first");
        String places = Api.get("/county/housing/providers", harper).body();
        assertThat(Api.jsonArray(places).stream().filter(v -> List.of(framework, hope).contains(v.get("id")))
                .map(v -> ((Number) v.get("vacancies")).intValue()).toList()).containsExactlyInAnyOrder(1, 2);
    }

    private static List<HttpResponse<String>> atOnce(List<Callable<HttpResponse<String>>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Callable<HttpResponse<String>> c : calls) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return c.call();
                }));
            }
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSchemeIsTheCouncilsAndAStaleEditIsToldWhatChanged() {
        String hana = officer("city");
        String ada = Api.token("ada.cityadmin");
        Map<String, Object> newest = Api.jsonArray(Api.get("/city/housing/scoring-scheme", ada).body()).get(0);
        Object number = newest.get("number");
        List<Map<String, Object>> questions = (List<Map<String, Object>>) newest.get("questions");
        int riskWeight = ((Number) questions.stream().filter(q -> "risk".equals(q.get("code"))).findFirst().orElseThrow().get("weight")).intValue();
        int countyBefore = Api.jsonArray(Api.get("/county/housing/scoring-scheme", officer("county")).body()).size();

        // an A1 scored today is scored again by a version in force from today; the list's order follows
        Map<String, Object> a = a1("city", hana, youngPerson("city", hana, 17), "SERVED_NOTICE", "");
        int before = ((Number) a.get("score")).intValue();
        List<Map<String, Object>> changed = new ArrayList<>();
        for (Map<String, Object> q : questions) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(q);
            if ("risk".equals(q.get("code"))) {
                copy.put("weight", riskWeight + 1);
            }
            changed.add(copy);
        }
        String edit = com.nimbusds.jose.util.JSONObjectUtils.toJSONString(Map.of("basedOn", number, "effectiveFrom", TODAY.toString(),
                "questions", changed));
        Map<String, Object> saved = ok(Api.put("/city/housing/scoring-scheme", ada, edit), 200);
        assertThat(((Number) saved.get("rescored")).intValue()).isGreaterThanOrEqualTo(1);
        Map<String, Object> rescored = ok(Api.get("/city/housing/a1s/" + a.get("id"), hana), 200);
        assertThat(((Number) rescored.get("score")).intValue()).isEqualTo(before + 2); // "some risk" is 2 points, one more weight
        assertThat(((List<Map<String, Object>>) rescored.get("scoreItems")).stream().map(i -> (String) i.get("inWords")).toList())
                .contains("Some risk: 2 points \u00d7 weight " + (riskWeight + 1) + " = " + 2 * (riskWeight + 1));

        // the same edit from the old version: 409 with what changed since
        HttpResponse<String> stale = Api.put("/city/housing/scoring-scheme", hana, edit);
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(stale.body()).contains("after you opened version " + number,
                "question 'Risk of harm where the young person is now': weight " + riskWeight + " \u2192 " + (riskWeight + 1));
        // a version dated before the newest is refused: the newest saved is always the one in force
        Map<String, Object> newestNow = Api.jsonArray(Api.get("/city/housing/scoring-scheme", ada).body()).get(0);
        HttpResponse<String> backdated = Api.put("/city/housing/scoring-scheme", ada, com.nimbusds.jose.util.JSONObjectUtils.toJSONString(
                Map.of("basedOn", newestNow.get("number"), "effectiveFrom", TODAY.minusDays(1).toString(), "questions", changed)));
        assertThat(backdated.statusCode()).as(backdated.body()).isEqualTo(400);
        assertThat(backdated.body()).contains("from the newest version's date");
        // a scheme nobody can use, field by field
        HttpResponse<String> bad = Api.put("/city/housing/scoring-scheme", ada, "{\"basedOn\":" + number
                + ",\"questions\":[{\"code\":\"Bad Code\",\"text\":\"\",\"weight\":500,\"options\":[]}]}");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("Enter the date the new version is in force from", "needs a code of small letters",
                "The weight of question 1 is a whole number from 0 to 100", "Give question 1 at least two answers");
        // the County's scheme is its own
        assertThat(Api.jsonArray(Api.get("/county/housing/scoring-scheme", officer("county")).body())).hasSize(countyBefore);
    }

    @Test
    void badInputIsAnsweredFieldByFieldAndNothingIsSaved() {
        String harper = officer("county");
        String open = Api.get("/county/housing/presentations", harper).body();
        HttpResponse<String> empty = Api.post("/county/housing/presentations", harper, "{}");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(empty.body()).contains("Choose why the young person is presenting").doesNotContain("Exception");
        HttpResponse<String> noPerson = Api.post("/county/housing/presentations", harper, "{\"reason\":\"HOMELESS\"}");
        assertThat(noPerson.statusCode()).isEqualTo(400);
        assertThat(noPerson.body()).contains("Choose the young person");
        String person = youngPerson("county", harper, 16);
        HttpResponse<String> future = Api.post("/county/housing/presentations", harper, "{\"personId\":\"" + person
                + "\",\"reason\":\"HOMELESS\",\"presentedAt\":\"" + OffsetDateTime.now().plusHours(3) + "\"}");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("cannot be in the future");
        HttpResponse<String> cityPerson = Api.post("/county/housing/presentations", harper, "{\"personId\":\""
                + youngPerson("city", officer("city"), 16) + "\",\"reason\":\"HOMELESS\"}");
        assertThat(cityPerson.statusCode()).isEqualTo(400);
        assertThat(cityPerson.body()).contains("no young person");
        assertThat(Api.get("/county/housing/presentations", harper).body()).isEqualTo(open);

        HttpResponse<String> badA1 = Api.post("/county/housing/a1s", harper, "{\"personId\":\"" + person + "\",\"route\":\"PLACEMENT_BREAKDOWN\","
                + "\"answers\":{\"risk\":\"extreme\"}}");
        assertThat(badA1.statusCode()).as(badA1.body()).isEqualTo(400);
        assertThat(badA1.body()).contains("Name the A1 of the placement that broke down", "supported accommodation panel");
        HttpResponse<String> badAnswers = Api.post("/county/housing/a1s", harper, "{\"personId\":\"" + person + "\",\"route\":\"SERVED_NOTICE\","
                + "\"answers\":{\"risk\":\"extreme\"}}");
        assertThat(badAnswers.statusCode()).as(badAnswers.body()).isEqualTo(400);
        assertThat(badAnswers.body()).contains("'extreme' is not one of the answers to: Risk of harm", "Answer the question: Where the young person slept");
        assertThat(Api.get("/county/housing/waiting-list", harper).body()).doesNotContain(person);
        HttpResponse<String> badProvider = Api.post("/county/housing/providers", harper, "{\"kind\":\"CASTLE\",\"vacancies\":-1}");
        assertThat(badProvider.statusCode()).isEqualTo(400);
        assertThat(badProvider.body()).contains("Enter the provider's name", "Choose the kind of place", "places free now");
        // a provider changes only its own places free; another provider's record is not there for it
        String hopeOnly = provider("county", harper, "Hope Street annexe", HOPE_STREET, "SUPPORTED_ACCOMMODATION", 1);
        String hal = Api.token("hal.provider");
        Object version = Api.jsonArray(ok200(Api.get("/county/housing/providers", hal))).stream().filter(v -> hopeOnly.equals(v.get("id")))
                .findFirst().orElseThrow().get("version");
        assertThat(Api.jsonArray(Api.get("/county/housing/providers", Api.token("fern.provider")).body()))
                .noneMatch(v -> hopeOnly.equals(v.get("id")));
        assertThat(Api.put("/county/housing/providers/" + hopeOnly, Api.token("fern.provider"), "{\"version\":" + version
                + ",\"vacancies\":4}").statusCode()).isEqualTo(404);
        Map<String, Object> changed = ok(Api.put("/county/housing/providers/" + hopeOnly, hal, "{\"version\":" + version
                + ",\"vacancies\":4}"), 200);
        assertThat(((Number) changed.get("vacancies")).intValue()).isEqualTo(4);
        // a provider's staff change its places free, not its name or kind
        Map<String, Object> renamed = ok(Api.put("/county/housing/providers/" + hopeOnly, hal, "{\"version\":" + changed.get("version")
                + ",\"vacancies\":3,\"name\":\"Renamed\",\"kind\":\"BED_AND_BREAKFAST\",\"organisation\":\"x\"}"), 200);
        assertThat(renamed.get("name")).isEqualTo("Hope Street annexe");
        assertThat(renamed.get("kind")).isEqualTo("SUPPORTED_ACCOMMODATION");
        HttpResponse<String> staleVacancies = Api.put("/county/housing/providers/" + hopeOnly, hal, "{\"version\":" + version
                + ",\"vacancies\":9}");
        assertThat(staleVacancies.statusCode()).isEqualTo(409);
    }
}
