package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * RULES.md §2: "Duplicate persons are the commonest complaint ... search before create, and merge with an
 * audit trail". Two records of one child, each with its own family, consent and case note, merged by a
 * case worker: everything names the kept record, the duplicate is a tombstone the search no longer offers;
 * a case worker cannot undo it, an administrator can, and exactly what moved goes back.
 */
@ExtendWith(ArquillianExtension.class)
class PersonMergeIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void mergeMovesEveryReferenceAndAnAdministratorCanUndoIt() {
        String casey = Api.token("casey.city");
        String kept = (String) Api.createPerson("city", casey, "Tobias", "Quenby").get("id");
        String duplicate = (String) Api.createPerson("city", casey, "Toby", "Quenby").get("id");
        String mother = (String) Api.createPerson("city", casey, "Ruth", "Quenby").get("id");
        HttpResponse<String> family = Api.post("/city/families", casey,
                "{\"name\":\"Quenby household\",\"indexChildId\":\"" + duplicate + "\"}");
        String familyId = (String) Api.json(family.body()).get("id");
        Api.post("/city/families/" + familyId + "/members", casey, "{\"personId\":\"" + mother + "\"}");
        Api.post("/city/people/" + mother + "/relationships", casey, "{\"type\":\"MOTHER\",\"relatedPersonId\":\"" + duplicate
                + "\",\"parentalResponsibility\":true,\"hasCare\":true}");
        Api.post("/city/people/" + duplicate + "/consents", casey, "{\"status\":\"GIVEN\",\"givenBy\":\"Ruth Quenby (mother)\","
                + "\"purpose\":\"Early help\",\"decidedOn\":\"" + LocalDate.now() + "\"}");
        HttpResponse<String> note = Api.post("/city/people/" + duplicate + "/notes", casey, "{\"type\":\"VISIT\",\"eventDate\":\""
                + LocalDate.now() + "\",\"summary\":\"Home visit\",\"who\":\"Ruth, Toby\",\"aim\":\"Meet\",\"method\":\"Visit\","
                + "\"outcome\":\"Met\",\"actions\":\"None\"}");
        assertThat(note.statusCode()).as(note.body()).isEqualTo(201);

        assertThat(offeredFor("Toby+Quenby", casey)).as("offered before the merge").contains(duplicate);
        HttpResponse<String> noReason = Api.post("/city/people/" + kept + "/merges", casey, "{\"duplicateId\":\"" + duplicate + "\"}");
        ApiAuthenticationIT.assertIsProblem(noReason, 400);
        assertThat(noReason.body()).contains("Say why these are the same person");
        HttpResponse<String> withItself = Api.post("/city/people/" + kept + "/merges", casey,
                "{\"duplicateId\":\"" + kept + "\",\"reason\":\"same\"}");
        ApiAuthenticationIT.assertIsProblem(withItself, 400);

        HttpResponse<String> merged = Api.post("/city/people/" + kept + "/merges", casey,
                "{\"duplicateId\":\"" + duplicate + "\",\"reason\":\"Same child: Toby is Tobias, same mother and address\"}");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        String mergeId = (String) Api.json(merged.body()).get("id");

        assertThat(Api.json(Api.get("/city/people/" + duplicate, casey).body())).containsEntry("mergedInto", kept);
        assertThat(Api.json(Api.get("/city/families/" + familyId, casey).body())).containsEntry("indexChildId", kept);
        assertThat(Api.jsonArray(Api.get("/city/people/" + kept + "/relationships", casey).body()))
                .extracting(r -> r.get("relatedPersonId")).containsExactly(kept);
        assertThat(Api.jsonArray(Api.get("/city/people/" + kept + "/consents", casey).body())).hasSize(1);
        assertThat(Api.jsonArray(Api.get("/city/people/" + kept + "/notes", casey).body())).hasSize(1);
        assertThat(Api.jsonArray(Api.get("/city/people/" + duplicate + "/notes", casey).body())).isEmpty();
        assertThat(offeredFor("Toby+Quenby", casey)).doesNotContain(duplicate);
        assertThat(offeredFor("Tobias+Quenby", casey)).contains(kept).doesNotContain(duplicate);
        HttpResponse<String> changeTombstone = Api.put("/city/people/" + duplicate, casey,
                "{\"givenName\":\"Toby\",\"familyName\":\"Q\",\"version\":" + Api.json(Api.get("/city/people/" + duplicate, casey).body()).get("version") + "}");
        ApiAuthenticationIT.assertIsProblem(changeTombstone, 409);
        ApiAuthenticationIT.assertIsProblem(Api.post("/city/people/" + kept + "/merges", casey,
                "{\"duplicateId\":\"" + duplicate + "\",\"reason\":\"again\"}"), 409);

        ApiAuthenticationIT.assertIsProblem(Api.post("/city/admin/merges/" + mergeId + "/undo", casey, "{\"reason\":\"x\"}"), 403);
        String ada = Api.token("ada.cityadmin");
        ApiAuthenticationIT.assertIsProblem(Api.post("/county/admin/merges/" + mergeId + "/undo", Api.token("cal.countyadmin"),
                "{\"reason\":\"Not the same child\"}"), 404);
        HttpResponse<String> undone = Api.post("/city/admin/merges/" + mergeId + "/undo", ada, "{\"reason\":\"Twins, not the same child\"}");
        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        assertThat(Api.json(undone.body())).containsEntry("undoReason", "Twins, not the same child");
        ApiAuthenticationIT.assertIsProblem(Api.post("/city/admin/merges/" + mergeId + "/undo", ada, "{\"reason\":\"again\"}"), 409);

        assertThat(Api.json(Api.get("/city/people/" + duplicate, casey).body()).get("mergedInto")).isNull();
        assertThat(Api.json(Api.get("/city/families/" + familyId, casey).body())).containsEntry("indexChildId", duplicate);
        assertThat(Api.jsonArray(Api.get("/city/people/" + duplicate + "/notes", casey).body())).hasSize(1);
        assertThat(Api.jsonArray(Api.get("/city/people/" + kept + "/notes", casey).body())).isEmpty();
        assertThat(Api.jsonArray(Api.get("/city/people/" + duplicate + "/consents", casey).body())).hasSize(1);

        List<Map<String, Object>> trail = Api.jsonArray(Api.get("/city/admin/audit?type=person&id=" + duplicate, ada).body());
        assertThat(trail).extracting(e -> e.get("action")).contains("MERGE", "UNMERGE");
    }

    private static List<Object> offeredFor(String name, String token) {
        return Api.jsonArray(Api.get("/city/people/matches?name=" + name, token).body()).stream()
                .map(m -> (Object) ((Map<?, ?>) m.get("person")).get("id")).toList();
    }

    @Test
    void recordsWithDifferentUpnsOrInOneFamilyAreNotMerged() {
        String casey = Api.token("casey.city");
        String a = (String) Api.json(Api.post("/city/people", casey,
                "{\"givenName\":\"Ivy\",\"familyName\":\"Marlow\",\"upn\":\"Y892101299101\"}").body()).get("id");
        String b = (String) Api.json(Api.post("/city/people", casey,
                "{\"givenName\":\"Ivy\",\"familyName\":\"Marlow\",\"upn\":\"M892101299102\"}").body()).get("id");
        assertThat(a).isNotNull();
        assertThat(b).isNotNull();
        HttpResponse<String> refused = Api.post("/city/people/" + a + "/merges", casey, "{\"duplicateId\":\"" + b + "\",\"reason\":\"dup\"}");
        ApiAuthenticationIT.assertIsProblem(refused, 409);
        assertThat(refused.body()).contains("different UPNs");
        assertThat(Api.json(Api.get("/city/people/" + b, casey).body()).get("mergedInto")).isNull();
    }
}
