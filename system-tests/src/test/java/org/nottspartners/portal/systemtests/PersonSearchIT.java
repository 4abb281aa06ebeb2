package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search before create on the real stack (RULES.md §2): a person is found despite a nickname, a typo,
 * swapped names, a differently written postcode and a partial date of birth, with the reasons; the other
 * council's people never; identifiers are checked with their check characters.
 */
@ExtendWith(ArquillianExtension.class)
class PersonSearchIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void findsThePersonDespiteHowTheyWereDescribed() {
        String family = "Smith" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
        String casey = Api.token("casey.city");
        String id = create(casey, "city", "William", family, "ng7 2bb");
        create(Api.token("morgan.county"), "county", "William", family, "NG7 2BB");

        List<Map<String, Object>> byNickname = matches(casey, "name=" + enc("Bill " + family));
        assertThat(ids(byNickname)).containsExactly(id);
        assertThat(reasons(byNickname.get(0))).contains("first name is another form of William");

        List<Map<String, Object>> swapped = matches(casey, "name=" + enc(family + " William") + "&postcode=NG72BB&dob=2014");
        assertThat(reasons(swapped.get(0))).contains("first and last names swapped", "same postcode",
                "born in the month or year given");

        String typo = family.substring(0, family.length() - 1) + "q";
        assertThat(ids(matches(casey, "name=" + enc("William " + typo)))).contains(id);
    }

    @Test
    void identifiersAreCheckedAndFoundExactly() {
        String casey = Api.token("casey.city");
        HttpResponse<String> bad = Api.post("/city/people", casey,
                "{\"givenName\":\"Ann\",\"familyName\":\"Lee\",\"upn\":\"M892101299001\",\"nhsNumber\":\"9434765918\",\"postcode\":\"nowhere\"}");
        ApiAuthenticationIT.assertIsProblem(bad, 400);
        assertThat(bad.body()).contains("\"field\":\"upn\"", "\"field\":\"nhsNumber\"", "\"field\":\"postcode\"");

        String upn = validUpnWithSerial((int) (Math.random() * 900) + 100);
        HttpResponse<String> ok = Api.post("/city/people", casey,
                "{\"givenName\":\"Ann\",\"familyName\":\"Lee\",\"upn\":\"" + upn + "\"}");
        assertThat(ok.statusCode()).isEqualTo(201);
        ApiAuthenticationIT.assertIsProblem(Api.post("/city/people", casey,
                "{\"givenName\":\"Annie\",\"familyName\":\"Lee\",\"upn\":\"" + upn + "\"}"), 400);

        List<Map<String, Object>> byUpn = matches(casey, "upn=" + upn);
        assertThat(byUpn).hasSize(1);
        assertThat(reasons(byUpn.get(0))).containsExactly("same UPN");
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/people/matches", casey), 400);
    }

    private static String create(String token, String tenant, String given, String family, String postcode) {
        HttpResponse<String> r = Api.post("/" + tenant + "/people", token, "{\"givenName\":\"" + given + "\",\"familyName\":\""
                + family + "\",\"dateOfBirth\":\"2014-05-06\",\"postcode\":\"" + postcode + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return (String) Api.json(r.body()).get("id");
    }

    private static List<Map<String, Object>> matches(String token, String query) {
        HttpResponse<String> r = Api.get("/city/people/matches?" + query, token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Api.jsonArray(r.body());
    }

    private static List<String> ids(List<Map<String, Object>> matches) {
        return matches.stream().map(m -> (String) ((Map<?, ?>) m.get("person")).get("id")).toList();
    }

    private static List<String> reasons(Map<String, Object> match) {
        return ((List<?>) match.get("reasons")).stream().map(String::valueOf).toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A City UPN (LA 892) with a correct check letter. */
    static String validUpnWithSerial(int serial) {
        String body = "892101299" + String.format("%03d", serial);
        String letters = "ABCDEFGHJKLMNPQRTUVWXYZ";
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(i) - '0') * (i + 2);
        }
        return letters.charAt(sum % 23) + body;
    }
}
