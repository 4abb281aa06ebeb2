package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nottspartners.portal.core.person.UniquePupilNumber;

/**
 * A school's register into the council's marks on the real stack (issue 15; RULES.md §4): streamed in with COPY,
 * checked whole (a bad row is named by its line and nothing of the file is written; another school's register is
 * refused), merged (a day sent again replaces it), pupils matched by UPN and the rest queued; then the pupil's rates
 * (possible sessions only) and penalty-notice eligibility over the council's term dates.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceRegisterIT {

    private static final Random RANDOM = new Random();

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    /** A UPN that passes core's check, new to this run. */
    static String upn() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                digits.append(RANDOM.nextInt(10));
            }
            for (char letter = 'A'; letter <= 'Z'; letter++) {
                String candidate = letter + digits.toString();
                if (UniquePupilNumber.problemWith(candidate).isEmpty()) {
                    return candidate;
                }
            }
        }
    }

    private static HttpResponse<String> upload(String token, String csv) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Deployments.API + "/city/attendance/registers"
                            + "?fileName=register.csv")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void ensureTerm(String admin, String name, String from, String to) {
        HttpResponse<String> r = Api.post("/city/admin/calendar/terms", admin, "{\"name\":\"" + name + "\",\"startsOn\":\"" + from
                + "\",\"endsOn\":\"" + to + "\"}");
        assertThat(r.statusCode()).as(r.body()).isIn(201, 400, 409);
    }

    /** Both sessions of each weekday from {@code first} for {@code days} school days, with the code given. */
    private static String lines(String urn, String upn, LocalDate first, int days, String code) {
        StringBuilder out = new StringBuilder();
        LocalDate day = first;
        for (int n = 0; n < days; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() < 6) {
                out.append(urn).append(',').append(upn).append(',').append(day).append(",AM,").append(code).append('\n');
                out.append(urn).append(',').append(upn).append(',').append(day).append(",PM,").append(code).append('\n');
                n++;
            }
        }
        return out.toString();
    }

    private static long num(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rate(String body) {
        return (Map<String, Object>) Api.json(body).get("rate");
    }

    @Test
    void aSchoolsRegisterIsCheckedWhollyMergedAndCounted() {
        String ada = Api.token("ada.cityadmin");
        ensureTerm(ada, "Autumn 1 2025", "2025-09-03", "2025-10-24");
        ensureTerm(ada, "Autumn 2 2025", "2025-11-03", "2025-12-19");
        ensureTerm(ada, "Spring 1 2026", "2026-01-05", "2026-02-13");
        String sam = Api.token("sam.school");
        String alex = Api.token("alex.attendance");
        String upn = upn();
        HttpResponse<String> created = Api.post("/city/people", Api.token("casey.city"), "{\"givenName\":\"Toby\",\"familyName\":\""
                + TestNames.unique("Register") + "\",\"dateOfBirth\":\"2016-03-01\",\"upn\":\"" + upn + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String pupil = (String) Api.json(created.body()).get("id");
        String header = "urn,upn,date,session,code\n";
        String week1 = lines("122500", upn, LocalDate.of(2025, 9, 8), 5, "/");
        String week2 = lines("122500", upn, LocalDate.of(2025, 9, 15), 5, "N");

        // one bad row among the good: named by its line, nothing of the file written
        HttpResponse<String> bad = upload(sam, header + week1 + "122500," + upn + ",2025-09-15,AM,Q9\n" + week2.substring(
                week2.indexOf('\n') + 1));
        ApiAuthenticationIT.assertIsProblem(bad, 400);
        assertThat(bad.body()).contains("Line 12: unknown register code 'Q9'");
        HttpResponse<String> none = Api.get("/city/attendance/pupils/" + pupil + "/rates?from=2025-09-01&to=2025-09-30", alex);
        assertThat(none.statusCode()).as(none.body()).isEqualTo(200);
        assertThat(num(rate(none.body()), "possible")).as("nothing of the refused file was written").isZero();

        HttpResponse<String> otherSchool = upload(sam, header + lines("122501", upn, LocalDate.of(2025, 9, 8), 1, "/"));
        ApiAuthenticationIT.assertIsProblem(otherSchool, 400);
        assertThat(otherSchool.body()).contains("is not your school");
        HttpResponse<String> notADay = upload(sam, header + "122500," + upn + ",2025-09-13,AM,/\n");
        assertThat(notADay.body()).as("a Saturday").contains("2025-09-13 is not a school day");
        ApiAuthenticationIT.assertIsProblem(upload(sam, "name,date\nx,y\n"), 400);
        ApiAuthenticationIT.assertIsProblem(upload(sam, ""), 400);

        String stranger = upn();
        HttpResponse<String> ok = upload(sam, header + week1 + week2 + lines("122500", stranger, LocalDate.of(2025, 9, 8), 1, "/"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        Map<String, Object> result = Api.json(ok.body());
        assertThat(num(result, "marks")).isEqualTo(22);
        assertThat(num(result, "schoolDays")).isEqualTo(10);
        assertThat(num(result, "unmatched")).isEqualTo(1);

        // the pupil nobody matched waits for an officer, who records the UPN on a family record first
        assertThat(Api.jsonArray(Api.get("/city/attendance/unmatched?max=1000", alex).body()))
                .anySatisfy(w -> assertThat(w).containsEntry("upn", stranger).containsEntry("school", "Bluecoat Primary School"));
        HttpResponse<String> tooSoon = Api.call("DELETE", "/city/attendance/unmatched/" + stranger, alex);
        ApiAuthenticationIT.assertIsProblem(tooSoon, 409);
        assertThat(tooSoon.body()).contains("record the UPN on their family record first");
        HttpResponse<String> found = Api.post("/city/people", Api.token("casey.city"), "{\"givenName\":\"Ellis\",\"familyName\":\""
                + TestNames.unique("Queue") + "\",\"dateOfBirth\":\"2015-06-01\",\"upn\":\"" + stranger + "\"}");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(201);
        assertThat(Api.call("DELETE", "/city/attendance/unmatched/" + stranger, alex).statusCode()).isEqualTo(204);
        assertThat(Api.jsonArray(Api.get("/city/attendance/unmatched?max=1000", alex).body()))
                .noneSatisfy(w -> assertThat(w).containsEntry("upn", stranger));

        Map<String, Object> rates = Api.json(Api.get("/city/attendance/pupils/" + pupil + "/rates?from=2025-09-08&to=2025-09-19",
                alex).body());
        assertThat(num(rate(Api.get("/city/attendance/pupils/" + pupil + "/rates?from=2025-09-08&to=2025-09-19", alex).body()),
                "possible")).isEqualTo(20);
        assertThat(((Number) rates.get("attendancePercent")).doubleValue()).isEqualTo(50.0);
        assertThat(rates).containsEntry("persistent", true).containsEntry("severe", true);
        Map<String, Object> notice = Api.json(Api.get("/city/attendance/pupils/" + pupil + "/penalty-notice?on=2025-09-19", alex).body());
        assertThat(notice).containsEntry("eligible", true);
        assertThat(num(notice, "sessions")).isEqualTo(10);
        assertThat(num(notice, "pounds")).isEqualTo(160);
        assertThat(num(notice, "reducedPounds")).isEqualTo(80);
        assertThat((String) notice.get("reason")).contains("10 sessions of unauthorised absence");

        // a notice to the child's mother (a parent in education law), timed on core's clocks
        String casey = Api.token("casey.city");
        String mother = (String) Api.json(Api.post("/city/people", casey, "{\"givenName\":\"Dana\",\"familyName\":\""
                + TestNames.unique("Register") + "\",\"dateOfBirth\":\"1988-02-01\",\"kind\":\"PARENT_OR_CARER\"}").body()).get("id");
        String neighbour = (String) Api.json(Api.post("/city/people", casey, "{\"givenName\":\"Pat\",\"familyName\":\""
                + TestNames.unique("Register") + "\",\"dateOfBirth\":\"1970-02-01\",\"kind\":\"OTHER_ADULT\"}").body()).get("id");
        HttpResponse<String> related = Api.post("/city/people/" + mother + "/relationships", casey, "{\"type\":\"MOTHER\","
                + "\"relatedPersonId\":\"" + pupil + "\",\"parentalResponsibility\":true}");
        assertThat(related.statusCode()).as(related.body()).isEqualTo(201);
        HttpResponse<String> notParent = Api.post("/city/attendance/pupils/" + pupil + "/penalty-notices", alex,
                "{\"parentId\":\"" + neighbour + "\"}");
        ApiAuthenticationIT.assertIsProblem(notParent, 400);
        assertThat(notParent.body()).contains("is not recorded as a parent", "section 576");
        HttpResponse<String> requested = Api.post("/city/attendance/pupils/" + pupil + "/penalty-notices", alex,
                "{\"parentId\":\"" + mother + "\"}");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        Map<String, Object> notice1 = Api.json(requested.body());
        assertThat(notice1).containsEntry("status", "REQUESTED");
        assertThat(num(notice1, "pounds")).isEqualTo(160);
        assertThat(Api.jsonArray(Api.get("/city/clocks?team=Education+enforcement&max=500", alex).body()))
                .as("002 §2a13: issued within 10 working days of a valid request")
                .anySatisfy(k -> assertThat(k).containsEntry("subjectId", notice1.get("id")).containsEntry("standardId", "att-notice-issue"));
        String steps = "/city/attendance/penalty-notices/" + notice1.get("id") + "/steps";
        Map<String, Object> issued = Api.json(Api.post(steps, alex, "{\"step\":\"ISSUED\",\"version\":" + num(notice1, "version") + "}").body());
        assertThat(issued).containsEntry("status", "ISSUED");
        assertThat(Api.jsonArray(Api.get("/city/clocks?team=Education+enforcement&max=500", alex).body()))
                .anySatisfy(k -> assertThat(k).containsEntry("subjectId", notice1.get("id")).containsEntry("standardId", "att-notice-payable"))
                .noneSatisfy(k -> assertThat(k).containsEntry("subjectId", notice1.get("id")).containsEntry("standardId", "att-notice-issue"));
        ApiAuthenticationIT.assertIsProblem(Api.post(steps, alex, "{\"step\":\"PAID\",\"version\":" + num(notice1, "version") + "}"), 409);
        Map<String, Object> paid = Api.json(Api.post(steps, alex, "{\"step\":\"PAID\",\"version\":" + num(issued, "version") + "}").body());
        assertThat(paid).containsEntry("status", "PAID");
        assertThat(num(paid, "paidPounds")).as("paid at once: the reduced amount").isEqualTo(80);
        assertThat(Api.json(Api.get("/city/attendance/pupils/" + pupil + "/penalty-notice?on=" + LocalDate.now() + "&parentId=" + mother,
                alex).body())).as("the absence before the notice is not counted again").containsEntry("eligible", false);

        // the school sends its Monday again, all present: the day is replaced, not added to
        HttpResponse<String> again = upload(sam, header + lines("122500", upn, LocalDate.of(2025, 9, 15), 1, "/"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        Map<String, Object> after = Api.json(Api.get("/city/attendance/pupils/" + pupil + "/penalty-notice?on=2025-09-19", alex).body());
        assertThat(after).containsEntry("eligible", false);
        assertThat(num(after, "sessions")).isEqualTo(8);
    }
}
