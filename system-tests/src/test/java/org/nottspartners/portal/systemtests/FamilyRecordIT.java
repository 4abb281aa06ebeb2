package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nottspartners.portal.core.access.FamilyRecordAccess;
import org.nottspartners.portal.core.identity.PortalRole;

/**
 * The common family record on the real stack (RULES.md §2): a family around its index child, a mother with
 * parental responsibility, consent given then withdrawn (both kept), and sharing decisions that must carry
 * a lawful basis and reasons; addresses with their history (issue 22); none of it visible from the other council.
 */
@ExtendWith(ArquillianExtension.class)
class FamilyRecordIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void aFamilyWithRelationshipsConsentAndSharingDecisions() {
        String casey = Api.token("casey.city");
        String child = (String) Api.createPerson("city", casey, "Maya", "Okafor").get("id");
        String mother = (String) Api.createPerson("city", casey, "Grace", "Okafor").get("id");

        HttpResponse<String> family = Api.post("/city/families", casey,
                "{\"name\":\"Okafor household\",\"indexChildId\":\"" + child + "\"}");
        assertThat(family.statusCode()).as(family.body()).isEqualTo(201);
        String familyId = (String) Api.json(family.body()).get("id");
        HttpResponse<String> joined = Api.post("/city/families/" + familyId + "/members", casey, "{\"personId\":\"" + mother + "\"}");
        assertThat(Api.json(joined.body()).get("members")).isEqualTo(List.of(child, mother));
        ApiAuthenticationIT.assertIsProblem(Api.post("/city/families/" + familyId + "/members", casey,
                "{\"personId\":\"" + mother + "\"}"), 400);

        HttpResponse<String> related = Api.post("/city/people/" + mother + "/relationships", casey,
                "{\"type\":\"MOTHER\",\"relatedPersonId\":\"" + child + "\",\"parentalResponsibility\":true,\"hasCare\":true}");
        assertThat(related.statusCode()).as(related.body()).isEqualTo(201);
        assertThat(Api.json(related.body())).containsEntry("parentInEducationLaw", true);
        assertThat(Api.jsonArray(Api.get("/city/people/" + child + "/relationships", casey).body())).hasSize(1);

        String purpose = "Early help assessment";
        String today = LocalDate.now().toString();
        assertThat(Api.post("/city/people/" + child + "/consents", casey, "{\"status\":\"GIVEN\",\"givenBy\":\"Grace Okafor (mother)\","
                + "\"purpose\":\"" + purpose + "\",\"decidedOn\":\"" + today + "\",\"evidence\":\"Signed EHAF consent page\"}")
                .statusCode()).isEqualTo(201);
        assertThat(Api.post("/city/people/" + child + "/sharing-decisions", casey, "{\"share\":true,\"withWhom\":\"School nurse\","
                + "\"purpose\":\"" + purpose + "\",\"decidedOn\":\"" + today + "\"}").statusCode()).isEqualTo(201);

        assertThat(Api.post("/city/people/" + child + "/consents", casey, "{\"status\":\"WITHDRAWN\",\"givenBy\":\"Grace Okafor (mother)\","
                + "\"purpose\":\"" + purpose + "\",\"decidedOn\":\"" + today + "\"}").statusCode()).isEqualTo(201);
        List<Map<String, Object>> consents = Api.jsonArray(Api.get("/city/people/" + child + "/consents", casey).body());
        assertThat(consents).extracting(c -> c.get("status")).containsExactly("WITHDRAWN", "GIVEN");

        HttpResponse<String> withoutBasis = Api.post("/city/people/" + child + "/sharing-decisions", casey,
                "{\"share\":true,\"withWhom\":\"Police\",\"purpose\":\"" + purpose + "\",\"decidedOn\":\"" + today + "\"}");
        ApiAuthenticationIT.assertIsProblem(withoutBasis, 400);
        assertThat(withoutBasis.body()).contains("Sharing without consent needs a lawful basis", "Say why you are sharing without consent");
        HttpResponse<String> withBasis = Api.post("/city/people/" + child + "/sharing-decisions", casey,
                "{\"share\":true,\"withWhom\":\"Police\",\"purpose\":\"" + purpose + "\",\"decidedOn\":\"" + today
                        + "\",\"lawfulBasis\":\"RISK_OF_SIGNIFICANT_HARM\",\"reasons\":\"Disclosure of harm at school\"}");
        assertThat(withBasis.statusCode()).as(withBasis.body()).isEqualTo(201);
        assertThat(Api.json(withBasis.body())).containsEntry("consentGiven", false);

        String county = Api.token("morgan.county");
        ApiAuthenticationIT.assertIsProblem(Api.get("/county/families/" + familyId, county), 404);
        ApiAuthenticationIT.assertIsProblem(Api.get("/county/people/" + child + "/consents", county), 404);
        ApiAuthenticationIT.assertIsProblem(Api.post("/county/people/" + child + "/relationships", county,
                "{\"type\":\"FATHER\",\"relatedPersonId\":\"" + mother + "\"}"), 404);
    }

    @Test
    void incompleteFormsAreRefusedFieldByFieldAndNothingIsSaved() {
        String casey = Api.token("casey.city");
        HttpResponse<String> r = Api.post("/city/families", casey, "{\"name\":\"\"}");

        ApiAuthenticationIT.assertIsProblem(r, 400);
        assertThat(r.body()).contains("\"field\":\"name\"", "\"field\":\"indexChildId\"");
        ApiAuthenticationIT.assertIsProblem(Api.post("/city/families", casey,
                "{\"name\":\"Ghost household\",\"indexChildId\":\"00000000-0000-0000-0000-000000000001\"}"), 404);
    }

    /**
     * Issue 22: a person's addresses over time. Two moves make a history, newest first, the first closed the
     * day before the second began; the person's postcode (the search key) follows the current address; a stale
     * version is a conflict; a bad postcode is refused naming the field with nothing saved; another council
     * finds no such person; a school's reading and recording follow FamilyRecordAccess.
     */
    @Test
    void addressesKeepTheirHistoryAndAMoveClosesTheCurrentOneTheDayBefore() {
        String casey = Api.token("casey.city");
        String family = "Mover" + UUID.randomUUID().toString().substring(0, 8);
        String child = (String) Api.createPerson("city", casey, "Ada", family).get("id");
        String addresses = "/city/people/" + child + "/addresses";
        assertThat(Api.jsonArray(Api.get(addresses, casey).body())).isEmpty();

        LocalDate firstDay = LocalDate.now().minusYears(2);
        LocalDate secondDay = LocalDate.now().minusMonths(3);
        long versionBeforeMoves = personVersion("city", child, casey);
        HttpResponse<String> first = Api.post(addresses, casey, move("12 Acacia Avenue", null, "Nottingham", "ng72bb",
                "100031234567", firstDay, versionBeforeMoves));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(Api.json(first.body())).containsEntry("postcode", "NG7 2BB").containsEntry("current", true)
                .containsEntry("uprn", "100031234567");
        assertThat(Api.json(Api.get("/city/people/" + child, casey).body())).containsEntry("postcode", "NG7 2BB");

        HttpResponse<String> stale = Api.post(addresses, casey, move("1 Elsewhere Road", null, "Nottingham", "NG5 1AA", null,
                secondDay, versionBeforeMoves));
        ApiAuthenticationIT.assertIsProblem(stale, 409);

        HttpResponse<String> second = Api.post(addresses, casey, move("Flat 2", "7 Mill Lane", "Nottingham", "NG5 1AA", null,
                secondDay, personVersion("city", child, casey)));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);

        List<Map<String, Object>> history = Api.jsonArray(Api.get(addresses, casey).body());
        assertThat(history).extracting(a -> a.get("line1")).containsExactly("Flat 2", "12 Acacia Avenue");
        assertThat(history.get(0)).containsEntry("current", true).containsEntry("from", secondDay.toString());
        assertThat(history.get(0).get("to")).isNull();
        assertThat(history.get(0).get("lines")).isEqualTo(List.of("Flat 2", "7 Mill Lane", "NOTTINGHAM", "NG5 1AA"));
        assertThat(history.get(1)).containsEntry("current", false).containsEntry("from", firstDay.toString())
                .containsEntry("to", secondDay.minusDays(1).toString());
        assertThat(Api.json(Api.get("/city/people/" + child, casey).body())).as("the search key follows the current address")
                .containsEntry("postcode", "NG5 1AA");
        assertThat(Api.jsonArray(Api.get("/city/people/matches?name=Ada+" + family + "&postcode=NG5+1AA", casey).body()))
                .anySatisfy(m -> assertThat(m.get("reasons").toString()).containsIgnoringCase("postcode"));

        long version = personVersion("city", child, casey);
        HttpResponse<String> badPostcode = Api.post(addresses, casey, move("3 Castle Gate", null, "Nottingham", "NG7 2OB", null,
                LocalDate.now(), version));
        ApiAuthenticationIT.assertIsProblem(badPostcode, 400);
        assertThat(badPostcode.body()).contains("\"field\":\"postcode\"", "Enter a real postcode, like NG1 5AA");
        HttpResponse<String> beforeTheCurrent = Api.post(addresses, casey, move("3 Castle Gate", null, "Nottingham", "NG1 5AA",
                null, secondDay, version));
        ApiAuthenticationIT.assertIsProblem(beforeTheCurrent, 400);
        assertThat(beforeTheCurrent.body()).contains("\"field\":\"from\"");
        assertThat(Api.jsonArray(Api.get(addresses, casey).body())).as("nothing saved").hasSize(2);
        assertThat(personVersion("city", child, casey)).as("the person unchanged").isEqualTo(version);

        String county = Api.token("morgan.county");
        ApiAuthenticationIT.assertIsProblem(Api.get("/county/people/" + child + "/addresses", county), 404);
        ApiAuthenticationIT.assertIsProblem(Api.post("/county/people/" + child + "/addresses", county,
                move("1 Other Street", null, "Newark", "NG24 1AA", null, LocalDate.now(), version)), 404);
        assertThat(Api.jsonArray(Api.get(addresses, casey).body())).hasSize(2);

        String sam = Api.token("sam.school");
        boolean schoolMayRead = FamilyRecordAccess.DETAILS.allows(Set.of(PortalRole.SCHOOL_STAFF));
        boolean schoolMayChange = FamilyRecordAccess.CHANGE.allows(Set.of(PortalRole.SCHOOL_STAFF));
        HttpResponse<String> schoolReads = Api.get(addresses, sam);
        assertThat(schoolReads.statusCode()).as(schoolReads.body()).isEqualTo(schoolMayRead ? 200 : 403);
        HttpResponse<String> schoolMoves = Api.post(addresses, sam, move("9 School Lane", null, "Nottingham", "NG7 1AA", null,
                LocalDate.now(), version));
        assertThat(schoolMoves.statusCode()).as(schoolMoves.body()).isEqualTo(schoolMayChange ? 201 : 403);
        assertThat(Api.jsonArray(Api.get(addresses, casey).body())).hasSize(schoolMayChange ? 3 : 2);
    }

    /**
     * RULES.md §2 "Who may see what" (issue 11): a partner opens a person's record only where they work with the
     * person (they recorded them, or referred the child); a search shows them anyone else only by name, month and
     * year of birth and postcode district, enough to pick or rule the person out. Council staff open everyone.
     */
    @Test
    void aPartnerOpensOnlyTheRecordsOfPeopleTheyWorkWith() {
        String casey = Api.token("casey.city");
        String sam = Api.token("sam.school");
        String jo = Api.token("jo.health");
        String family = TestNames.unique("Partridge");
        LocalDate born = LocalDate.now().minusYears(8).withDayOfMonth(14);
        HttpResponse<String> recorded = Api.post("/city/people", casey, "{\"givenName\":\"Ivy\",\"familyName\":\"" + family
                + "\",\"dateOfBirth\":\"" + born + "\",\"postcode\":\"NG5 1AA\"}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String ivy = (String) Api.json(recorded.body()).get("id");

        assertThat(Api.get("/city/people/" + ivy, casey).statusCode()).isEqualTo(200);
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/people/" + ivy, sam), 404);
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/people/" + ivy, jo), 404);

        String search = "/city/people/matches?name=Ivy%20" + family;
        Map<?, ?> minimal = (Map<?, ?>) Api.jsonArray(Api.get(search, sam).body()).get(0).get("person");
        assertThat(minimal.get("id")).isEqualTo(ivy);
        assertThat(minimal.get("familyName")).isEqualTo(family);
        assertThat(minimal.get("bornIn")).isEqualTo(born.toString().substring(0, 7));
        assertThat(minimal.get("postcode")).as("the district only").isEqualTo("NG5");
        assertThat(minimal.get("dateOfBirth")).isNull();
        Map<?, ?> whole = (Map<?, ?>) Api.jsonArray(Api.get(search, casey).body()).get(0).get("person");
        assertThat(whole.get("dateOfBirth")).isEqualTo(born.toString());
        assertThat(whole.get("postcode")).isEqualTo("NG5 1AA");

        HttpResponse<String> own = Api.post("/city/people", sam, "{\"givenName\":\"Otto\",\"familyName\":\"" + family + "\"}");
        String otto = (String) Api.json(own.body()).get("id");
        assertThat(Api.get("/city/people/" + otto, sam).statusCode()).as("a person the school recorded itself").isEqualTo(200);
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/people/" + otto, jo), 404);

        HttpResponse<String> referred = Api.post("/city/early-help/referrals", sam, "{\"indexChildId\":\"" + ivy + "\","
                + "\"route\":\"EARLY_HELP_ASSESSMENT\",\"concerns\":\"Late most days\",\"believedLevel\":\"ADDITIONAL\","
                + "\"consentGivenBy\":\"Mother\",\"consentDate\":\"" + LocalDate.now() + "\",\"consentEvidence\":\"Signed\","
                + "\"referrerContact\":\"0115 000 0000\",\"assessmentForm\":\"Ivy tired; mother asks for help\"}");
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        HttpResponse<String> afterReferring = Api.get("/city/people/" + ivy, sam);
        assertThat(afterReferring.statusCode()).as("the child the school referred").isEqualTo(200);
        assertThat(Api.json(afterReferring.body()).get("dateOfBirth")).isEqualTo(born.toString());
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/people/" + ivy, jo), 404);
    }

    /** Issue 22: a household's current address, and a move of several of its members at once (all or none). */
    @Test
    void membersOfAHouseholdMoveTogether() {
        String casey = Api.token("casey.city");
        String family = "Household" + UUID.randomUUID().toString().substring(0, 8);
        String child = (String) Api.createPerson("city", casey, "Noor", family).get("id");
        String mother = (String) Api.createPerson("city", casey, "Lina", family).get("id");
        String lodger = (String) Api.createPerson("city", casey, "Sam", "Lodger" + family).get("id");
        HttpResponse<String> created = Api.post("/city/families", casey,
                "{\"name\":\"" + family + " household\",\"indexChildId\":\"" + child + "\"}");
        String familyId = (String) Api.json(created.body()).get("id");
        Api.post("/city/families/" + familyId + "/members", casey, "{\"personId\":\"" + mother + "\"}");
        assertThat(Api.json(Api.get("/city/families/" + familyId + "/addresses", casey).body()).get("sharedAddress")).isNull();

        LocalDate day = LocalDate.now().minusDays(10);
        String moves = "/city/families/" + familyId + "/moves";
        HttpResponse<String> withOutsider = Api.post(moves, casey, householdMove(day, Map.of(child, personVersion("city", child, casey),
                lodger, personVersion("city", lodger, casey))));
        ApiAuthenticationIT.assertIsProblem(withOutsider, 400);
        assertThat(withOutsider.body()).contains("\"field\":\"members\"", "is not a member of this family");
        assertThat(Api.jsonArray(Api.get("/city/people/" + child + "/addresses", casey).body())).as("nobody moved").isEmpty();

        HttpResponse<String> together = Api.post(moves, casey, householdMove(day, Map.of(child, personVersion("city", child, casey),
                mother, personVersion("city", mother, casey))));
        assertThat(together.statusCode()).as(together.body()).isEqualTo(201);
        assertThat(Api.jsonArray(together.body())).extracting(a -> a.get("personId")).containsExactlyInAnyOrder(child, mother);
        Map<String, Object> household = Api.json(Api.get("/city/families/" + familyId + "/addresses", casey).body());
        assertThat(household.get("sharedAddress")).isEqualTo(List.of("4 Meadow Court", "NOTTINGHAM", "NG7 2RD"));
        assertThat(Api.jsonArray(Api.get("/city/people/" + mother + "/addresses", casey).body()))
                .singleElement().satisfies(a -> assertThat(a).containsEntry("from", day.toString()).containsEntry("current", true));

        ApiAuthenticationIT.assertIsProblem(Api.get("/county/families/" + familyId + "/addresses", Api.token("morgan.county")), 404);
    }

    private static String householdMove(LocalDate from, Map<String, Long> versions) {
        StringBuilder members = new StringBuilder();
        versions.forEach((id, v) -> members.append(members.length() == 0 ? "" : ",")
                .append("{\"personId\":\"").append(id).append("\",\"version\":").append(v).append('}'));
        return "{\"members\":[" + members + "],\"line1\":\"4 Meadow Court\",\"town\":\"Nottingham\",\"postcode\":\"NG7 2RD\","
                + "\"from\":\"" + from + "\"}";
    }

    /** A move's body as the API takes it. */
    private static String move(String line1, String line2, String town, String postcode, String uprn, LocalDate from, long version) {
        return "{\"line1\":\"" + line1 + "\"" + (line2 == null ? "" : ",\"line2\":\"" + line2 + "\"") + ",\"town\":\"" + town
                + "\",\"postcode\":\"" + postcode + "\"" + (uprn == null ? "" : ",\"uprn\":\"" + uprn + "\"") + ",\"from\":\""
                + from + "\",\"version\":" + version + "}";
    }

    private static long personVersion(String council, String personId, String token) {
        HttpResponse<String> r = Api.get("/" + council + "/people/" + personId, token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return ((Number) Api.json(r.body()).get("version")).longValue();
    }
}
