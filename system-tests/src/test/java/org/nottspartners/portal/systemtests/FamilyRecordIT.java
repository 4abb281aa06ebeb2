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
 * The common family record on the real stack (RULES.md §2): a family around its index child, a mother with
 * parental responsibility, consent given then withdrawn (both kept), and sharing decisions that must carry
 * a lawful basis and reasons; none of it visible from the other council.
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
}
