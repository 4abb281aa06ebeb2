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
 * A council's own data on the real stack (RULES.md §2): its postcode-to-ward map gives a City person their
 * ward (004); its calendar (closure days, bank holidays, school terms) is kept by its administrators only,
 * bad entries are refused field by field, and the other council sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
class CouncilDataIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void theCityDerivesTheWardFromThePostcodeAndAPersonHasTheirFullDetails() {
        String ada = Api.token("ada.cityadmin");
        HttpResponse<String> bad = Api.put("/city/admin/wards", ada, "{\"wards\":{\"NOT A POSTCODE\":\"Nowhere\"}}");
        ApiAuthenticationIT.assertIsProblem(bad, 400);
        assertThat(bad.body()).contains("is not a postcode, sector or district");
        HttpResponse<String> map = Api.put("/city/admin/wards", ada,
                "{\"wards\":{\"NG7\":\"Radford\",\"NG7 2\":\"Lenton & Wollaton East\",\"NG5 1\":\"Bestwood\"}}");
        assertThat(map.statusCode()).as(map.body()).isEqualTo(200);
        ApiAuthenticationIT.assertIsProblem(Api.put("/city/admin/wards", Api.token("casey.city"), "{\"wards\":{\"NG7\":\"X\"}}"), 403);

        String casey = Api.token("casey.city");
        HttpResponse<String> created = Api.post("/city/people", casey, "{\"givenName\":\"Amara\",\"familyName\":\"Wardle\","
                + "\"postcode\":\"ng72qq\",\"gender\":\"FEMALE\",\"ethnicity\":\"BAFR\",\"firstLanguage\":\"Twi\","
                + "\"interpreterNeeded\":true,\"school\":\"Lenton Primary\",\"dateOfBirth\":\"2016-04-03\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Api.json(created.body())).containsEntry("ward", "Lenton & Wollaton East").containsEntry("postcode", "NG7 2QQ")
                .containsEntry("gender", "FEMALE").containsEntry("ethnicity", "BAFR").containsEntry("firstLanguage", "Twi")
                .containsEntry("interpreterNeeded", true).containsEntry("school", "Lenton Primary");
        HttpResponse<String> outside = Api.post("/city/people", casey, "{\"givenName\":\"Sol\",\"familyName\":\"Wardle\",\"postcode\":\"NG1 5AA\"}");
        assertThat(Api.json(outside.body())).containsEntry("ward", "Postcode unmatched");
        HttpResponse<String> county = Api.post("/county/people", Api.token("morgan.county"),
                "{\"givenName\":\"Sol\",\"familyName\":\"Wardle\",\"postcode\":\"NG7 2QQ\"}");
        assertThat(Api.json(county.body()).get("ward")).isNull();

        HttpResponse<String> unborn = Api.post("/city/people", casey, "{\"givenName\":\"Baby\",\"familyName\":\"Wardle\","
                + "\"kind\":\"UNBORN_CHILD\",\"dateOfBirth\":\"" + LocalDate.now().minusDays(1) + "\"}");
        ApiAuthenticationIT.assertIsProblem(unborn, 400);
        assertThat(unborn.body()).contains("A child not yet born has no date of birth", "Enter the date the baby is due");
        HttpResponse<String> expected = Api.post("/city/people", casey, "{\"givenName\":\"Baby\",\"familyName\":\"Wardle\","
                + "\"kind\":\"UNBORN_CHILD\",\"expectedDateOfBirth\":\"" + LocalDate.now().plusWeeks(12) + "\"}");
        assertThat(expected.statusCode()).as(expected.body()).isEqualTo(201);
        assertThat(Api.json(expected.body())).containsEntry("expectedDateOfBirth", LocalDate.now().plusWeeks(12).toString());
    }

    @Test
    void administratorsKeepTheirCouncilsCalendar() {
        String cal = Api.token("cal.countyadmin");
        HttpResponse<String> closure = Api.post("/county/admin/calendar/days", cal,
                "{\"day\":\"2026-12-29\",\"kind\":\"COUNCIL_CLOSURE\",\"description\":\"Offices closed between Christmas and New Year\"}");
        assertThat(closure.statusCode()).as(closure.body()).isEqualTo(201);
        String dayId = (String) Api.json(closure.body()).get("id");
        ApiAuthenticationIT.assertIsProblem(Api.post("/county/admin/calendar/days", cal,
                "{\"day\":\"2026-12-29\",\"kind\":\"COUNCIL_CLOSURE\",\"description\":\"again\"}"), 400);
        HttpResponse<String> notAHoliday = Api.post("/county/admin/calendar/days", cal,
                "{\"day\":\"2026-07-01\",\"kind\":\"BANK_HOLIDAY_REMOVED\",\"description\":\"Moved\"}");
        ApiAuthenticationIT.assertIsProblem(notAHoliday, 400);
        assertThat(notAHoliday.body()).contains("is not a bank holiday");
        HttpResponse<String> empty = Api.post("/county/admin/calendar/days", cal, "{}");
        ApiAuthenticationIT.assertIsProblem(empty, 400);
        assertThat(empty.body()).contains("Enter the date", "Choose what kind of day it is");

        // a term far ahead, taken out again: the County's term dates are shared by every test class (attendance's and the
        // cross-tenant suite's enter this year's), and a term of 2027 here overlapped theirs in some orders of the classes
        HttpResponse<String> term = Api.post("/county/admin/calendar/terms", cal,
                "{\"name\":\"Spring 1 2045\",\"startsOn\":\"2045-01-05\",\"endsOn\":\"2045-02-10\"}");
        assertThat(term.statusCode()).as(term.body()).isEqualTo(201);
        HttpResponse<String> overlap = Api.post("/county/admin/calendar/terms", cal,
                "{\"name\":\"Wrong\",\"startsOn\":\"2045-02-01\",\"endsOn\":\"2045-02-20\"}");
        ApiAuthenticationIT.assertIsProblem(overlap, 400);
        assertThat(overlap.body()).contains("overlap Spring 1 2045");
        HttpResponse<String> backwards = Api.post("/county/admin/calendar/terms", cal,
                "{\"name\":\"Backwards\",\"startsOn\":\"2045-03-01\",\"endsOn\":\"2045-02-20\"}");
        assertThat(backwards.body()).contains("The last day of term must be on or after the first");
        assertThat(Api.call("DELETE", "/county/admin/calendar/terms/" + Api.json(term.body()).get("id"), cal).statusCode())
                .isEqualTo(204);

        List<Map<String, Object>> days = Api.jsonArray(Api.get("/county/admin/calendar/days", cal).body());
        assertThat(days).extracting(d -> d.get("day")).contains("2026-12-29");
        assertThat(Api.jsonArray(Api.get("/city/admin/calendar/days", Api.token("ada.cityadmin")).body()))
                .extracting(d -> d.get("day")).doesNotContain("2026-12-29");
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/admin/calendar/days", cal), 404);
        ApiAuthenticationIT.assertIsProblem(Api.post("/county/admin/calendar/days", Api.token("morgan.county"),
                "{\"day\":\"2026-12-30\",\"kind\":\"COUNCIL_CLOSURE\",\"description\":\"x\"}"), 403);

        assertThat(Api.call("DELETE", "/county/admin/calendar/days/" + dayId, cal).statusCode()).isEqualTo(204);
        assertThat(Api.jsonArray(Api.get("/county/admin/calendar/days", cal).body())).extracting(d -> d.get("id"))
                .doesNotContain(dayId);
        ApiAuthenticationIT.assertIsProblem(Api.call("DELETE", "/county/admin/calendar/days/" + dayId, cal), 404);
    }
}
