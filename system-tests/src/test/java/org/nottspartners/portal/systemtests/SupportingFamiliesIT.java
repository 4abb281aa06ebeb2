package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Supporting Families through the API on the real stack (issue 18; RULES.md §7): a case screened at assessment in
 * each council against the criteria set in force (every member included, youth justice meeting crime by itself),
 * flagged to the performance team, which reads it and nothing of the other council; the case's closure in early help
 * reaching the family through core's event; outcomes and the closure checklist, and the claim explained in words.
 */
@ExtendWith(ArquillianExtension.class)
class SupportingFamiliesIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    private static String person(String council, String token, String given, String family, int age) {
        HttpResponse<String> r = Api.post("/" + council + "/people", token, "{\"givenName\":\"" + given + "\",\"familyName\":\"" + family
                + "\",\"dateOfBirth\":\"" + TODAY.minusYears(age) + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return (String) Api.json(r.body()).get("id");
    }

    private static Map<String, Object> ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Api.json(r.body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFamilyIsScreenedInEachCouncilAndOnlyItsOwnPerformanceTeamReadsIt() {
        KeycloakAdmin.ensureUser("perry.countyperformance", List.of("county:performance-team"));
        for (String council : List.of("city", "county")) {
            String worker = Api.token("city".equals(council) ? "casey.city" : "morgan.county");
            String performance = Api.token("city".equals(council) ? "robin.performance" : "perry.countyperformance");
            String family = TestNames.unique("Screen");
            String child = person(council, worker, "Kai", family, 12);
            String mother = person(council, worker, "Lena", family, 38);
            String brother = person(council, worker, "Tom", family, 8);
            String caseId = "EH-" + UUID.randomUUID();

            // the framework in force today (2022-25, 3 needs), every member included, the case open to youth justice
            List<Map<String, Object>> sets = Api.jsonArray(ok200(Api.get("/" + council + "/troubled-families/criteria-sets", performance)));
            assertThat(((Map<String, Object>) sets.get(0).get("criteriaSet")).get("code")).isEqualTo("framework-2022");
            HttpResponse<String> leftOut = Api.post("/" + council + "/troubled-families/screenings", worker, "{\"caseId\":\"" + caseId
                    + "\",\"indexChildId\":\"" + child + "\",\"members\":[{\"personId\":\"" + child + "\",\"criteria\":[\"education\"]},"
                    + "{\"personId\":\"" + brother + "\"}]}");
            assertThat(leftOut.statusCode()).as(leftOut.body()).isEqualTo(400);
            assertThat(leftOut.body()).contains("Say which criteria apply to Tom " + family + ", or that there are no issues for them");
            Map<String, Object> screened = ok(Api.post("/" + council + "/troubled-families/screenings", worker, "{\"caseId\":\"" + caseId
                    + "\",\"indexChildId\":\"" + child + "\",\"members\":[{\"personId\":\"" + child + "\",\"criteria\":[\"education\"]},"
                    + "{\"personId\":\"" + mother + "\",\"criteria\":[\"health\"]},{\"personId\":\"" + brother + "\",\"noIssues\":true}],"
                    + "\"involvements\":[\"youth-justice\"],\"leadPractitioner\":\"Casey Walker\",\"wholeFamilyAssessment\":true,"
                    + "\"familyPlan\":true}"));
            assertThat(screened.get("flagged")).isEqualTo(true);
            Map<String, Object> met = (Map<String, Object>) screened.get("criteriaMet");
            assertThat(met).containsOnlyKeys("education", "health", "crime");
            assertThat((String) met.get("crime")).contains("open to youth justice, which meets it by itself");
            assertThat((String) met.get("education")).contains("recorded for Kai " + family);
            assertThat(screened.get("noIssues")).isEqualTo("Tom " + family);
            HttpResponse<String> otherChild = Api.post("/" + council + "/troubled-families/screenings", worker, "{\"caseId\":\"" + caseId
                    + "\",\"indexChildId\":\"" + brother + "\",\"members\":[{\"personId\":\"" + brother + "\",\"noIssues\":true}]}");
            assertThat(otherChild.statusCode()).as(otherChild.body()).isEqualTo(400);
            assertThat(otherChild.body()).contains("was screened for another child");
            Map<String, Object> claim = (Map<String, Object>) screened.get("claim");
            assertThat(claim.get("status")).isEqualTo("OPEN");

            // the performance team reads it, read only; the other council's team and staff see none of it
            String id = (String) screened.get("id");
            assertThat(Api.get("/" + council + "/troubled-families/families", performance).body()).contains(caseId);
            // the list a page at a time: flagged first, newest first, so this family leads a page of one
            assertThat(Api.jsonArray(ok200(Api.get("/" + council + "/troubled-families/families?first=0&max=1", performance))))
                    .extracting(f -> f.get("caseId")).containsExactly(caseId);
            HttpResponse<String> tooMany = Api.get("/" + council + "/troubled-families/families?max=201", performance);
            ApiAuthenticationIT.assertIsProblem(tooMany, 400);
            assertThat(tooMany.body()).contains("Give max between 1 and 200");
            assertThat(Api.post("/" + council + "/troubled-families/screenings", performance, "{}").statusCode()).isEqualTo(403);
            String other = "city".equals(council) ? "county" : "city";
            String otherTeam = Api.token("city".equals(council) ? "perry.countyperformance" : "robin.performance");
            assertThat(Api.get("/" + other + "/troubled-families/families/" + id, otherTeam).statusCode()).isEqualTo(404);
            assertThat(Api.get("/" + other + "/troubled-families/families", otherTeam).body()).doesNotContain(caseId);

            // an outcome, and bad ones answered field by field
            HttpResponse<String> bad = Api.put("/" + council + "/troubled-families/families/" + id + "/outcomes/housing", worker,
                    "{\"achievedOn\":\"" + TODAY.plusDays(3) + "\"}");
            assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
            assertThat(bad.body()).contains("did not meet 'housing'", "cannot be in the future", "Say what evidences it");
            Map<String, Object> withOutcome = ok(Api.put("/" + council + "/troubled-families/families/" + id + "/outcomes/education",
                    worker, "{\"achievedOn\":\"" + TODAY.minusDays(10) + "\",\"sustainedTo\":\"" + TODAY + "\",\"evidence\":"
                    + "\"Attendance certificate: 96% this term\"}"));
            assertThat((List<Map<String, Object>>) withOutcome.get("outcomes")).singleElement()
                    .satisfies(o -> assertThat(o.get("name")).isEqualTo("Getting a good education"));
            // the checklist waits for closure
            HttpResponse<String> early = Api.post("/" + council + "/troubled-families/families/" + id + "/closure-checklist",
                    Api.token("city".equals(council) ? "tess.citymanager" : "morgan.county"), "{\"version\":" + withOutcome.get("version") + "}");
            assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
            assertThat(early.body()).contains("still open");
        }
    }

    private static String ok200(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPupilTheAttendanceScanFlagsMeetsTheSchoolCriterionThroughCoresEvent() {
        String ada = Api.token("ada.cityadmin");
        assertThat(Api.post("/city/admin/calendar/terms", ada, "{\"name\":\"Enforcement term " + TODAY.getYear()
                + "\",\"startsOn\":\"" + TODAY.minusDays(60) + "\",\"endsOn\":\"" + TODAY.plusDays(90) + "\"}").statusCode())
                .isIn(201, 400, 409);
        String casey = Api.token("casey.city");
        String family = TestNames.unique("Absent");
        String upn = AttendanceRegisterIT.upn();
        HttpResponse<String> child = Api.post("/city/people", casey, "{\"givenName\":\"Nia\",\"familyName\":\"" + family
                + "\",\"dateOfBirth\":\"2014-03-01\",\"upn\":\"" + upn + "\"}");
        assertThat(child.statusCode()).as(child.body()).isEqualTo(201);
        String childId = (String) Api.json(child.body()).get("id");
        String mother = person("city", casey, "Rosa", family, 36);
        // ten school days of unauthorised absence, sent by the school; the scan flags Nia persistently absent
        assertThat(AttendanceEnforcementIT.upload(Api.token("sam.school"), AttendanceEnforcementIT.register(upn,
                AttendanceEnforcementIT.schoolDaysBefore(10), "N")).statusCode()).isEqualTo(201);
        assertThat(Api.post("/city/attendance/scans", Api.token("alex.attendance"), "").statusCode()).isEqualTo(200);

        Map<String, Object> screened = ok(Api.post("/city/troubled-families/screenings", casey, "{\"caseId\":\"EH-" + UUID.randomUUID()
                + "\",\"indexChildId\":\"" + childId + "\",\"members\":[{\"personId\":\"" + childId + "\",\"criteria\":"
                + "[\"health\"]},{\"personId\":\"" + mother + "\",\"criteria\":[\"financial-stability\"]}]}"));
        Map<String, Object> met = (Map<String, Object>) screened.get("criteriaMet");
        assertThat(met).containsOnlyKeys("education", "health", "financial-stability");
        assertThat((String) met.get("education")).isEqualTo("Getting a good education: Nia " + family
                + " is flagged for persistent absence by another service's records");
        assertThat(screened.get("flagged")).isEqualTo(true);

        // the education outcome evidenced by an attendance certificate computed from the registers (issue 18)
        LocalDate firstDay = AttendanceEnforcementIT.schoolDaysBefore(10).get(0);
        Map<String, Object> evidenced = ok(Api.put("/city/troubled-families/families/" + screened.get("id") + "/outcomes/education",
                casey, "{\"achievedOn\":\"" + firstDay + "\",\"attendanceCertificate\":true}"));
        assertThat(((List<Map<String, Object>>) evidenced.get("outcomes")).get(0).get("evidence")).asString()
                .startsWith("Attendance certificate: 0.0% of 20 possible sessions from ").endsWith("from the school registers");
        HttpResponse<String> noRegister = Api.put("/city/troubled-families/families/" + screened.get("id") + "/outcomes/education",
                casey, "{\"achievedOn\":\"" + firstDay.minusYears(3) + "\",\"sustainedTo\":\"" + firstDay.minusYears(3).plusDays(5)
                + "\",\"attendanceCertificate\":true}");
        assertThat(noRegister.statusCode()).as(noRegister.body()).isEqualTo(400);
        assertThat(noRegister.body()).contains("holds no school register");
    }

    @Test
    @SuppressWarnings("unchecked")
    void inTheCountyAFamilyGoesFromEarlyHelpsAssessmentToClosureAndItsClaim() {
        String morgan = Api.token("morgan.county");
        String caseId = EarlyHelpJourneyIT.allocatedCountyAttendanceCase(morgan, "Ellis", TestNames.unique("County"));
        // a youth justice worker in the Team around the Child: the case is open to youth justice (002 §13f)
        KeycloakAdmin.ensureUser("yas.countyyot", List.of("county:youth-justice"));
        HttpResponse<String> joined = Api.post("/county/early-help/cases/" + caseId + "/team", morgan, "{\"userName\":\"yas.countyyot\"}");
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
        long version = ((Number) ok(Api.get("/county/early-help/cases/" + caseId, morgan)).get("version")).longValue();
        ok(Api.post("/county/early-help/cases/" + caseId + "/assessment", morgan, "{\"version\":" + version + ",\"summary\":"
                + "\"Attendance 84%; mother's health\",\"criteriaMet\":[\"SCHOOL_ATTENDANCE\",\"HEALTH\"]}"));
        KeycloakAdmin.ensureUser("perry.countyperformance", List.of("county:performance-team"));
        Map<String, Object> family = Api.jsonArray(ok200(Api.get("/county/troubled-families/families", Api.token("perry.countyperformance"))))
                .stream().filter(f -> caseId.equals(f.get("caseId"))).findFirst().orElseThrow();
        assertThat((Map<String, Object>) family.get("criteriaMet")).containsOnlyKeys("education", "health", "crime");
        assertThat((String) ((Map<String, Object>) family.get("criteriaMet")).get("crime"))
                .contains("the case is open to youth justice, which meets it by itself");
        assertThat(family.get("flagged")).isEqualTo(true);
        assertThat(Api.get("/city/troubled-families/families/" + family.get("id"), Api.token("robin.performance")).statusCode())
                .isEqualTo(404);

        version = ((Number) ok(Api.get("/county/early-help/cases/" + caseId, morgan)).get("version")).longValue();
        HttpResponse<String> closed = Api.post("/county/early-help/cases/" + caseId + "/closure", morgan, "{\"version\":" + version
                + ",\"outcome\":\"FULLY_RESOLVED\",\"reasons\":\"Attendance 97%\",\"programmeStatus\":\"READY_FOR_CLAIM\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        Map<String, Object> after = ok(Api.get("/county/troubled-families/families/" + family.get("id"), Api.token("perry.countyperformance")));
        assertThat(after.get("closedOn")).isEqualTo(TODAY.toString());
        assertThat(after.get("closureOutcome")).isEqualTo("FULLY_RESOLVED");
        assertThat((List<String>) ((Map<String, Object>) after.get("claim")).get("reasons")).anyMatch(r -> r.contains("Payment by results ended"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void earlyHelpsClosureReachesTheFamilyAndTheClaimSaysWhatItWaitsFor() {
        String sam = Api.token("sam.school");
        String casey = Api.token("casey.city");
        String family = TestNames.unique("Closure");
        String child = person("city", sam, "Tobi", family, 11);
        String father = person("city", casey, "Marcus", family, 40);
        HttpResponse<String> started = Api.post("/city/early-help/cafs", sam, "{\"indexChildId\":\"" + child + "\",\"route\":"
                + "\"EARLY_HELP_ASSESSMENT\",\"concerns\":\"Missing school, father out of work\",\"believedLevel\":\"EXTENSIVE\","
                + "\"assessmentForm\":\"CAF started at school\",\"consentGivenBy\":\"Marcus (father)\",\"consentDate\":\"" + TODAY
                + "\",\"consentEvidence\":\"Signed CAF consent\",\"referrerContact\":\"0115 915 1000\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String caseId = (String) Api.json(started.body()).get("id");
        // the school's CAF assessment finds two of the programme's criteria: the family is screened at once (002 §13b)
        long assessedVersion = ((Number) ok(Api.get("/city/early-help/cases/" + caseId, sam)).get("version")).longValue();
        ok(Api.post("/city/early-help/cases/" + caseId + "/assessment", sam, "{\"version\":" + assessedVersion + ",\"summary\":"
                + "\"Attendance and father's work\",\"domains\":{\"CHILD_DEVELOPMENT\":\"Attendance 82%\",\"PARENTS_AND_CARERS\":"
                + "\"Father out of work\",\"FAMILY_AND_ENVIRONMENT\":\"Rent arrears\"},\"criteriaMet\":[\"SCHOOL_ATTENDANCE\","
                + "\"WORKLESSNESS\",\"HEALTH\"]}"));
        Map<String, Object> fromAssessment = Api.jsonArray(ok200(Api.get("/city/troubled-families/families", Api.token("robin.performance"))))
                .stream().filter(f -> caseId.equals(f.get("caseId"))).findFirst().orElseThrow();
        assertThat(fromAssessment.get("screenedBy")).asString().startsWith("early help's assessment");
        assertThat((Map<String, Object>) fromAssessment.get("criteriaMet")).containsOnlyKeys("education", "financial-stability", "health");
        assertThat(fromAssessment.get("flagged")).isEqualTo(true);
        Map<String, Object> screened = ok(Api.post("/city/troubled-families/screenings", casey, "{\"caseId\":\"" + caseId
                + "\",\"indexChildId\":\"" + child + "\",\"members\":[{\"personId\":\"" + child + "\",\"criteria\":[\"education\"]},"
                + "{\"personId\":\"" + father + "\",\"criteria\":[\"financial-stability\",\"substance-use\"]}],"
                + "\"leadPractitioner\":\"sam.school\",\"wholeFamilyAssessment\":true,\"familyPlan\":true}"));
        String id = (String) screened.get("id");
        assertThat(screened.get("closedOn")).isNull();

        // the school steps the case up to social care: early help closes it, and the family's record hears of it
        long version = ((Number) ok(Api.get("/city/early-help/cases/" + caseId, sam)).get("version")).longValue();
        HttpResponse<String> up = Api.post("/city/early-help/cases/" + caseId + "/level", sam, "{\"version\":" + version
                + ",\"level\":\"PROTECTION\",\"reasons\":\"Disclosure at school\"}");
        assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
        Map<String, Object> closed = ok(Api.get("/city/troubled-families/families/" + id, Api.token("robin.performance")));
        assertThat(closed.get("closedOn")).isEqualTo(TODAY.toString());
        assertThat(closed.get("closureOutcome")).isEqualTo("STEPPED_UP");
        Map<String, Object> claim = (Map<String, Object>) closed.get("claim");
        // closed today: the 6 months' sustainment end after payment by results ended, so it is reported, not claimed
        assertThat(claim.get("status")).isEqualTo("REPORT_ONLY");
        assertThat((List<String>) claim.get("reasons")).first().asString().startsWith("Payment by results ended for new results after 2025-03-31");
        assertThat(claim.get("claimableFrom")).isEqualTo(TODAY.plusMonths(6).toString());
        // the step up referred Tobi to social care: screened again, the family meets "safe from abuse" by it (002 §13g)
        Map<String, Object> rescreened = ok(Api.post("/city/troubled-families/screenings", casey, "{\"caseId\":\"" + caseId
                + "\",\"indexChildId\":\"" + child + "\",\"members\":[{\"personId\":\"" + child + "\",\"criteria\":[\"education\"]},"
                + "{\"personId\":\"" + father + "\",\"criteria\":[\"financial-stability\",\"substance-use\"]}],"
                + "\"leadPractitioner\":\"sam.school\",\"wholeFamilyAssessment\":true,\"familyPlan\":true}"));
        assertThat((String) ((Map<String, Object>) rescreened.get("criteriaMet")).get("safe-from-abuse"))
                .contains("is flagged for children's social care by another service's records");
        assertThat(rescreened.get("closedOn")).isEqualTo(TODAY.toString());
        closed = rescreened;

        // the team manager's closure checklist, on the version read (a stale one is refused)
        String tess = Api.token("tess.citymanager");
        HttpResponse<String> stale = Api.post("/city/troubled-families/families/" + id + "/closure-checklist", tess, "{\"version\":0}");
        assertThat(stale.statusCode()).isEqualTo(409);
        Map<String, Object> checked = ok(Api.post("/city/troubled-families/families/" + id + "/closure-checklist", tess,
                "{\"version\":" + closed.get("version") + "}"));
        assertThat(checked.get("checklistBy")).isNotNull();
        byte[] claims = Api.bytes("/city/troubled-families/claims.xlsx", Api.token("robin.performance"));
        assertThat(claims).isNotEmpty();
        HttpResponse<String> csv = Api.get("/city/troubled-families/claims.csv", Api.token("robin.performance"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF\"Case\",\"Child\",\"Criteria set\"");

        // the SAU's audit sample: seeded and recorded, the same seed drawing the same families again (002 §13d)
        String robin = Api.token("robin.performance");
        HttpResponse<String> drawn = Api.post("/city/troubled-families/audit-samples", robin, "{\"size\":500,\"seed\":20261206}");
        assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(201);
        List<Object> first = ((List<Map<String, Object>>) Api.json(drawn.body()).get("families")).stream().map(f -> f.get("id")).toList();
        assertThat(first).contains(id);
        List<Object> again = ((List<Map<String, Object>>) Api.json(Api.post("/city/troubled-families/audit-samples", robin,
                "{\"size\":500,\"seed\":20261206}").body()).get("families")).stream().map(f -> f.get("id")).toList();
        assertThat(again).isEqualTo(first);
        assertThat(Api.post("/city/troubled-families/audit-samples", robin, "{\"size\":0}").statusCode()).isEqualTo(400);
        // the spot-check team's finding, recorded by the SAU
        HttpResponse<String> noReason = Api.put("/city/troubled-families/families/" + id + "/spot-check", robin, "{\"version\":"
                + checked.get("version") + ",\"result\":\"NOT_UPHELD\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Say why the claim was not upheld");
        Map<String, Object> spotChecked = ok(Api.put("/city/troubled-families/families/" + id + "/spot-check", robin, "{\"version\":"
                + checked.get("version") + ",\"result\":\"UPHELD\",\"notes\":\"Attendance certificate seen\"}"));
        assertThat(spotChecked.get("spotCheckResult")).isEqualTo("UPHELD");
        // the claim's payment, once
        HttpResponse<String> badPayment = Api.put("/city/troubled-families/families/" + id + "/payment", robin, "{\"version\":"
                + spotChecked.get("version") + ",\"paidOn\":\"" + TODAY.plusDays(1) + "\",\"pounds\":0}");
        assertThat(badPayment.statusCode()).isEqualTo(400);
        assertThat(badPayment.body()).contains("not in the future", "whole pounds");
        Map<String, Object> paid = ok(Api.put("/city/troubled-families/families/" + id + "/payment", robin, "{\"version\":"
                + spotChecked.get("version") + ",\"paidOn\":\"" + TODAY + "\",\"pounds\":800}"));
        assertThat(paid.get("paidOn")).isEqualTo(TODAY.toString());
        assertThat(Api.put("/city/troubled-families/families/" + id + "/payment", robin, "{\"version\":" + paid.get("version")
                + ",\"paidOn\":\"" + TODAY + "\",\"pounds\":800}").statusCode()).isEqualTo(409);

        // the board report of this reporting year counts the claim made, by quarter, in the City's format
        Map<String, Object> report = ok(Api.get("/city/troubled-families/reports/board", robin));
        Map<String, Object> claimsRow = ((List<Map<String, Object>>) report.get("rows")).stream()
                .filter(r -> "Claims made (closure checklist to the SAU)".equals(r.get("indicator"))).findFirst().orElseThrow();
        assertThat(((Number) claimsRow.get("outturn")).intValue()).isGreaterThanOrEqualTo(1);
        assertThat((List<Object>) claimsRow.get("quarters")).hasSize(4);
        assertThat(claimsRow.get("polarity")).isEqualTo("HIGHER_IS_BETTER");
        assertThat(((List<Map<String, Object>>) report.get("rows")).stream().filter(r -> "Claims paid".equals(r.get("indicator")))
                .findFirst().orElseThrow().get("outturn")).satisfies(n -> assertThat(((Number) n).intValue()).isGreaterThanOrEqualTo(1));
        // the year's cost benefits: the City has set no unit costs, and the report says so; the County sets them
        assertThat((String) ((Map<String, Object>) report.get("costBenefit")).get("inWords")).startsWith("The council has not set its unit costs");
        String cal = Api.token("cal.countyadmin");
        LocalDate yearStart = LocalDate.of(TODAY.getMonthValue() >= 4 ? TODAY.getYear() : TODAY.getYear() - 1, 4, 1);
        for (String setting : List.of("troubled-families.unit-cost.family", "troubled-families.unit-value.sustained-outcome")) {
            HttpResponse<String> set = Api.put("/county/admin/settings/" + setting, cal, "{\"value\":\"4000\",\"effectiveFrom\":\""
                    + yearStart + "\"}");
            assertThat(set.statusCode()).as(set.body()).isIn(200, 201, 409);
        }
        KeycloakAdmin.ensureUser("perry.countyperformance", List.of("county:performance-team"));
        Map<String, Object> county = ok(Api.get("/county/troubled-families/reports/board", Api.token("perry.countyperformance")));
        assertThat((String) ((Map<String, Object>) county.get("costBenefit")).get("inWords")).contains("of outcomes sustained for £");
        HttpResponse<String> badYear = Api.get("/city/troubled-families/reports/board?year=1999", robin);
        assertThat(badYear.statusCode()).isEqualTo(400);
        assertThat(badYear.body()).contains("The reporting year is from 2015");
        assertThat(Api.bytes("/city/troubled-families/reports/board.xlsx", robin)).isNotEmpty();
    }
}
