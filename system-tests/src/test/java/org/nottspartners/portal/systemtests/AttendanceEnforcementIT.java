package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nottspartners.portal.core.calendar.BankHolidays;

/**
 * The enforcement pathway on the real stack (issue 15; RULES.md §4, County practice 002 §3e4, §3h1): a penalty notice
 * issued with its letter, unpaid and prosecuted (a case at court); a Notice to Attend that moves on only when the
 * pathway allows (4 weeks, then the review; the Formal Warning's three contacts of each kind; a contact after the
 * Court Action Letter), each stage's letter written; a parenting order's breaches escalated; the court bundle; reasons
 * for not enforcing; and nothing of it seen from the other council or by a school. Time passing is stood in for by
 * moving the case's dates back in the database, as the owner would.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceEnforcementIT {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    /** The last {@code days} school days before today (weekdays that are not bank holidays), oldest first. */
    static List<LocalDate> schoolDaysBefore(int days) {
        List<LocalDate> out = new ArrayList<>();
        BankHolidays holidays = BankHolidays.englandAndWales();
        for (LocalDate d = TODAY.minusDays(1); out.size() < days; d = d.minusDays(1)) {
            if (d.getDayOfWeek().getValue() < 6 && !holidays.isBankHoliday(d)) {
                out.add(0, d);
            }
        }
        return out;
    }

    static HttpResponse<String> upload(String token, String csv) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Deployments.API + "/city/attendance/registers"
                            + "?fileName=register.csv")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String register(String upn, List<LocalDate> days, String code) {
        StringBuilder out = new StringBuilder("urn,upn,date,session,code\n");
        for (LocalDate d : days) {
            out.append("122500,").append(upn).append(',').append(d).append(",AM,").append(code).append('\n');
            out.append("122500,").append(upn).append(',').append(d).append(",PM,").append(code).append('\n');
        }
        return out.toString();
    }

    private static long num(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    /** Stands in for time passing: moves a row's dates back by {@code days}, as the database's owner. */
    private static void backdate(String table, String id, int days, String... columns) throws Exception {
        StringBuilder set = new StringBuilder();
        for (String c : columns) {
            set.append(set.isEmpty() ? "" : ", ").append(c).append(" = ").append(c).append(" - ").append(days);
        }
        try (Connection owner = DriverManager.getConnection(PortalStack.database().jdbcUrl(), "portal_owner", "portal_owner");
                PreparedStatement s = owner.prepareStatement("update " + table + " set " + set + " where id = ?")) {
            s.setObject(1, UUID.fromString(id));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static String pdfText(String path, String token) throws Exception {
        byte[] pdf = Api.bytes(path, token);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            all.append(text.getTextFromPage(p)).append('\n');
        }
        return all.toString().replaceAll("\\s+", " ");
    }

    private static String person(String token, String given, String kind, String dob, String upn) {
        HttpResponse<String> r = Api.post("/city/people", token, "{\"givenName\":\"" + given + "\",\"familyName\":\""
                + TestNames.unique("Enforce") + "\",\"dateOfBirth\":\"" + dob + "\"" + (kind == null ? "" : ",\"kind\":\"" + kind + "\"")
                + (upn == null ? "" : ",\"upn\":\"" + upn + "\"") + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return (String) Api.json(r.body()).get("id");
    }

    private static void parentOf(String token, String parent, String child, String type) {
        HttpResponse<String> r = Api.post("/city/people/" + parent + "/relationships", token, "{\"type\":\"" + type
                + "\",\"relatedPersonId\":\"" + child + "\",\"parentalResponsibility\":true}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private static Map<String, Object> move(String token, String caseId, long version, String stage, String reason) {
        HttpResponse<String> r = Api.post("/city/attendance/enforcement-cases/" + caseId + "/stages", token, "{\"stage\":\"" + stage
                + "\",\"version\":" + version + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Api.json(r.body());
    }

    private static void contact(String token, String caseId, LocalDate on, String type) {
        HttpResponse<String> r = Api.post("/city/attendance/enforcement-cases/" + caseId + "/contacts", token, "{\"on\":\"" + on
                + "\",\"type\":\"" + type + "\",\"note\":\"Spoke with the parent about mornings\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    @Test
    void aNoticeUnpaidIsProsecutedAndACaseRunsThePathwayToCourtWithItsLettersAndBundle() throws Exception {
        String ada = Api.token("ada.cityadmin");
        HttpResponse<String> term = Api.post("/city/admin/calendar/terms", ada, "{\"name\":\"Enforcement term " + TODAY.getYear()
                + "\",\"startsOn\":\"" + TODAY.minusDays(60) + "\",\"endsOn\":\"" + TODAY.plusDays(90) + "\"}");
        assertThat(term.statusCode()).as(term.body()).isIn(201, 400, 409);
        String casey = Api.token("casey.city");
        String alex = Api.token("alex.attendance");
        String upn = AttendanceRegisterIT.upn();
        String child = person(casey, "Mia", null, "2015-05-01", upn);
        String mother = person(casey, "Dana", "PARENT_OR_CARER", "1987-02-01", null);
        String father = person(casey, "Lewis", "PARENT_OR_CARER", "1985-07-01", null);
        parentOf(casey, mother, child, "MOTHER");
        parentOf(casey, father, child, "FATHER");
        HttpResponse<String> marks = upload(Api.token("sam.school"), register(upn, schoolDaysBefore(5), "N"));
        assertThat(marks.statusCode()).as(marks.body()).isEqualTo(201);

        // a penalty notice to the mother, issued with its letter
        HttpResponse<String> requested = Api.post("/city/attendance/pupils/" + child + "/penalty-notices", alex,
                "{\"parentId\":\"" + mother + "\"}");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        Map<String, Object> notice = Api.json(requested.body());
        String noticeId = (String) notice.get("id");
        Map<String, Object> issued = Api.json(Api.post("/city/attendance/penalty-notices/" + noticeId + "/steps", alex,
                "{\"step\":\"ISSUED\",\"version\":" + num(notice, "version") + "}").body());
        List<Map<String, Object>> letters = Api.jsonArray(Api.get("/city/attendance/pupils/" + child + "/letters", alex).body());
        assertThat(letters).singleElement().satisfies(l -> assertThat(l).containsEntry("kind", "PENALTY_NOTICE")
                .containsEntry("aboutType", "penalty-notice").containsEntry("aboutId", noticeId));
        String letter = pdfText("/city/attendance/letters/" + letters.get(0).get("id"), alex);
        assertThat(letter).contains("Penalty notice", "section 444A", "10 sessions", "£160", "you pay £80 instead",
                "Bluecoat Primary School", "Alex Register");

        // unpaid: the decision comes after the 28 days, and prosecution only where the code of conduct was followed
        String decide = "/city/attendance/penalty-notices/" + noticeId + "/prosecution";
        HttpResponse<String> early = Api.post(decide, alex, "{\"decision\":\"S444_1\",\"version\":" + num(issued, "version")
                + ",\"reason\":\"Unpaid\",\"codeOfConductFollowed\":true}");
        ApiAuthenticationIT.assertIsProblem(early, 409);
        assertThat(early.body()).contains("may still be paid until");
        backdate("att_penalty_notice", noticeId, 29, "issued_on", "requested_on");
        HttpResponse<String> noCode = Api.post(decide, alex, "{\"decision\":\"S444_1\",\"version\":" + num(issued, "version")
                + ",\"reason\":\"Unpaid\",\"codeOfConductFollowed\":false}");
        ApiAuthenticationIT.assertIsProblem(noCode, 409);
        assertThat(noCode.body()).contains("code of conduct");
        HttpResponse<String> prosecuted = Api.post(decide, alex, "{\"decision\":\"S444_1\",\"version\":" + num(issued, "version")
                + ",\"reason\":\"Unpaid after reminders\",\"codeOfConductFollowed\":true}");
        assertThat(prosecuted.statusCode()).as(prosecuted.body()).isEqualTo(200);
        assertThat(Api.json(prosecuted.body())).containsEntry("status", "PROSECUTED").containsEntry("prosecution", "S444_1");
        List<Map<String, Object>> cases = Api.jsonArray(Api.get("/city/attendance/pupils/" + child + "/enforcement-cases", alex).body());
        assertThat(cases).singleElement().satisfies(c -> assertThat(c).containsEntry("parentId", mother)
                .containsEntry("stage", "COURT"));
        HttpResponse<String> second = Api.post("/city/attendance/pupils/" + child + "/enforcement-cases", alex, "{\"parentId\":\""
                + mother + "\",\"stage\":\"NOTICE_TO_ATTEND\",\"reason\":\"Still absent\"}");
        ApiAuthenticationIT.assertIsProblem(second, 409);
        assertThat(second.body()).contains("already open");

        // bad input: a case does not start at court, and a Notice to Improve gives 3 to 6 weeks, never for a holiday
        HttpResponse<String> atCourt = Api.post("/city/attendance/pupils/" + child + "/enforcement-cases", alex, "{\"parentId\":\""
                + father + "\",\"stage\":\"COURT\",\"reason\":\"x\"}");
        ApiAuthenticationIT.assertIsProblem(atCourt, 400);
        HttpResponse<String> shortNti = Api.post("/city/attendance/pupils/" + child + "/enforcement-cases", alex, "{\"parentId\":\""
                + father + "\",\"stage\":\"NOTICE_TO_IMPROVE\",\"improveWeeks\":2,\"holidayInTermTime\":true,\"reason\":\"x\"}");
        ApiAuthenticationIT.assertIsProblem(shortNti, 400);
        assertThat(shortNti.body()).contains("between 3 and 6 weeks", "not used for a holiday in term time");

        // the father: Notice to Attend, then 4 weeks before the review
        HttpResponse<String> opened = Api.post("/city/attendance/pupils/" + child + "/enforcement-cases", alex, "{\"parentId\":\""
                + father + "\",\"stage\":\"NOTICE_TO_ATTEND\",\"reason\":\"Support offered at two meetings, not taken up\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        Map<String, Object> c = Api.json(opened.body());
        String caseId = (String) c.get("id");
        assertThat(c.get("next")).asList().containsExactlyInAnyOrder("REVIEW", "CLOSED");
        HttpResponse<String> tooSoon = Api.post("/city/attendance/enforcement-cases/" + caseId + "/stages", alex,
                "{\"stage\":\"REVIEW\",\"version\":" + num(c, "version") + "}");
        ApiAuthenticationIT.assertIsProblem(tooSoon, 409);
        assertThat(tooSoon.body()).contains("Notice to Attend's period without contact");
        backdate("att_enforcement_case", caseId, 28, "stage_since");
        backdate("att_enforcement_case", caseId, 60, "opened_on");
        HttpResponse<String> stale = Api.post("/city/attendance/enforcement-cases/" + caseId + "/stages", alex,
                "{\"stage\":\"REVIEW\",\"version\":" + (num(c, "version") + 5) + "}");
        ApiAuthenticationIT.assertIsProblem(stale, 409);
        c = move(alex, caseId, num(c, "version"), "REVIEW", null);
        c = move(alex, caseId, num(c, "version"), "FORMAL_WARNING", null);

        // the Formal Warning: three contacts in its 4 weeks, one of each kind, before the Court Action Letter
        HttpResponse<String> noContacts = Api.post("/city/attendance/enforcement-cases/" + caseId + "/stages", alex,
                "{\"stage\":\"COURT_ACTION\",\"version\":" + num(c, "version") + "}");
        ApiAuthenticationIT.assertIsProblem(noContacts, 409);
        assertThat(noContacts.body()).contains("0 recorded", "No planned home visit", "No unannounced home visit", "No telephone call");
        backdate("att_enforcement_case", caseId, 28, "stage_since");
        contact(alex, caseId, TODAY.minusDays(20), "PLANNED_VISIT");
        contact(alex, caseId, TODAY.minusDays(12), "UNANNOUNCED_VISIT");
        HttpResponse<String> twoOfThree = Api.post("/city/attendance/enforcement-cases/" + caseId + "/stages", alex,
                "{\"stage\":\"COURT_ACTION\",\"version\":" + num(c, "version") + "}");
        ApiAuthenticationIT.assertIsProblem(twoOfThree, 409);
        assertThat(twoOfThree.body()).contains("2 recorded", "No telephone call").doesNotContain("No planned home visit");
        contact(alex, caseId, TODAY.minusDays(5), "PHONE");
        c = move(alex, caseId, num(c, "version"), "COURT_ACTION", null);
        ApiAuthenticationIT.assertIsProblem(Api.post("/city/attendance/enforcement-cases/" + caseId + "/stages", alex,
                "{\"stage\":\"COURT\",\"version\":" + num(c, "version") + ",\"reason\":\"Nottingham Magistrates' Court\"}"), 409);
        contact(alex, caseId, TODAY, "PHONE");
        c = move(alex, caseId, num(c, "version"), "COURT", "Nottingham Magistrates' Court, first hearing");
        c = move(alex, caseId, num(c, "version"), "POST_COURT_MONITORING", "Fined £300 and a parenting order for 12 months");
        assertThat(Api.jsonArray(Api.get("/city/clocks?team=Education+enforcement&max=500", alex).body()))
                .as("post-court monitoring, normally at most 4 weeks")
                .anySatisfy(k -> assertThat(k).containsEntry("subjectId", caseId).containsEntry("standardId", "att-post-court"));

        // the parenting order's breaches: the first a Warning Letter, a second within 3 months a Breach Letter
        Map<String, Object> first = Api.json(Api.post("/city/attendance/enforcement-cases/" + caseId + "/breaches", alex,
                "{\"on\":\"" + TODAY.minusDays(3) + "\",\"acceptable\":false,\"reason\":\"Overslept\"}").body());
        assertThat(first).containsEntry("action", "WARNING_LETTER");
        Map<String, Object> excused = Api.json(Api.post("/city/attendance/enforcement-cases/" + caseId + "/breaches", alex,
                "{\"acceptable\":true,\"reason\":\"In hospital\"}").body());
        assertThat(excused).containsEntry("action", "NO_ACTION");
        Map<String, Object> again = Api.json(Api.post("/city/attendance/enforcement-cases/" + caseId + "/breaches", alex,
                "{\"acceptable\":false,\"reason\":\"Did not attend the parenting course\"}").body());
        assertThat(again).containsEntry("action", "BREACH_LETTER");
        assertThat(Api.jsonArray(Api.get("/city/attendance/pupils/" + child + "/letters", alex).body()))
                .extracting(l -> l.get("kind")).containsExactlyInAnyOrder("PENALTY_NOTICE", "NOTICE_TO_ATTEND", "FORMAL_WARNING",
                        "COURT_ACTION", "PARENTING_ORDER_WARNING", "PARENTING_ORDER_BREACH");
        String warning = pdfText("/city/attendance/letters/" + Api.jsonArray(Api.get("/city/attendance/pupils/" + child
                + "/letters", alex).body()).stream().filter(l -> "FORMAL_WARNING".equals(l.get("kind"))).findFirst().orElseThrow()
                .get("id"), alex);
        assertThat(warning).contains("Formal Warning", "section 444", "£2,500");

        // the court bundle: who, attendance, the marks week by week, notices, chronology and letters
        String bundle = pdfText("/city/attendance/enforcement-cases/" + caseId + "/bundle.pdf", alex);
        assertThat(bundle).contains("Court bundle: school attendance", "Mia", "UPN " + upn, "Bluecoat Primary School",
                "Register marks by week", "AM N", "Chronology", "Notice to Attend", "Formal Warning", "unannounced home visit",
                "Breach of the parenting order", "Letters sent", "Court Action Letter", "Fined £300");
        assertThat(bundle).as("the mother's notice is in her case, not the father's").doesNotContain("Unpaid after reminders");

        // reasons for not enforcing are recorded at or below 85%, and not asked for above it
        HttpResponse<String> reason = Api.post("/city/attendance/pupils/" + child + "/not-enforcing", alex,
                "{\"reason\":\"Family moving out of the area next week\"}");
        assertThat(reason.statusCode()).as(reason.body()).isEqualTo(200);
        assertThat(Api.get("/city/people/" + child + "/notes", alex).body()).contains("Family moving out of the area");
        String good = AttendanceRegisterIT.upn();
        String goodChild = person(casey, "Ben", null, "2015-05-01", good);
        assertThat(upload(Api.token("sam.school"), register(good, schoolDaysBefore(5), "/")).statusCode()).isEqualTo(201);
        HttpResponse<String> notNeeded = Api.post("/city/attendance/pupils/" + goodChild + "/not-enforcing", alex,
                "{\"reason\":\"x\"}");
        ApiAuthenticationIT.assertIsProblem(notNeeded, 409);
        assertThat(notNeeded.body()).contains("100.0%", "above 85%");

        // nothing of it from the other council, or for a school
        String kai = Api.token("kai.attendance");
        ApiAuthenticationIT.assertIsProblem(Api.get("/county/attendance/enforcement-cases/" + caseId, kai), 404);
        ApiAuthenticationIT.assertIsProblem(Api.call("GET", "/county/attendance/enforcement-cases/" + caseId + "/bundle.pdf", kai), 404);
        ApiAuthenticationIT.assertIsProblem(Api.get("/county/attendance/letters/" + letters.get(0).get("id"), kai), 404);
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/attendance/enforcement-cases/" + caseId, kai), 404);
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/attendance/enforcement-cases/" + caseId, Api.token("sam.school")), 403);
    }

    static HttpResponse<String> uploadTo(String council, String token, String csv) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Deployments.API + "/" + council
                            + "/attendance/registers?fileName=register.csv")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String registerAt(String urn, String upn, List<LocalDate> days, String code) {
        return register(upn, days, code).replace("122500,", urn + ",");
    }

    private static String child(String token) {
        return person(token, "Ivy", null, "2014-01-01", AttendanceRegisterIT.upn());
    }

    private static List<String> kindsFlagged(String council, String token, String upn) {
        return Api.jsonArray(Api.get("/" + council + "/attendance/flags?max=1000", token).body()).stream()
                .filter(f -> upn.equals(f.get("upn"))).map(f -> (String) f.get("kind")).sorted().toList();
    }

    @Test
    void theNightlyScanFlagsPupilsInSqlForEachCouncilAndRunsOnceAtATime() throws Exception {
        String ada = Api.token("ada.cityadmin");
        assertThat(Api.post("/city/admin/calendar/terms", ada, "{\"name\":\"Enforcement term " + TODAY.getYear()
                + "\",\"startsOn\":\"" + TODAY.minusDays(60) + "\",\"endsOn\":\"" + TODAY.plusDays(90) + "\"}").statusCode())
                .isIn(201, 400, 409);
        String cal = Api.token("cal.countyadmin");
        assertThat(Api.post("/county/admin/calendar/terms", cal, "{\"name\":\"Scan term " + TODAY.getYear()
                + "\",\"startsOn\":\"" + TODAY.minusDays(60) + "\",\"endsOn\":\"" + TODAY.plusDays(7) + "\"}").statusCode())
                .isIn(201, 400, 409);
        String casey = Api.token("casey.city");
        String alex = Api.token("alex.attendance");
        String sam = Api.token("sam.school");
        String away = AttendanceRegisterIT.upn();
        String here = AttendanceRegisterIT.upn();
        person(casey, "Orla", null, "2014-01-01", away);
        List<LocalDate> tenDays = schoolDaysBefore(10);
        // one file for the school's days: a school's day sent again replaces the whole day
        assertThat(upload(sam, register(away, tenDays, "N") + register(here, tenDays, "/").replace("urn,upn,date,session,code\n",
                "")).statusCode()).isEqualTo(201);

        HttpResponse<String> scan = Api.post("/city/attendance/scans", alex, "");
        assertThat(scan.statusCode()).as(scan.body()).isEqualTo(200);
        assertThat((String) Api.json(scan.body()).get("summary")).contains("persistently absent", "missing education, to trace");
        assertThat(kindsFlagged("city", alex, away)).as("10 school days with every session unauthorised absence")
                .containsExactly("MISSING_TRACE", "NOTICE_THRESHOLD", "PERSISTENT", "SEVERE");
        assertThat(kindsFlagged("city", alex, here)).isEmpty();
        assertThat(Api.jsonArray(Api.get("/city/attendance/flags?kind=NOTICE_THRESHOLD", alex).body()))
                .anySatisfy(f -> assertThat(f).containsEntry("upn", away).containsEntry("name", "Orla "
                        + f.get("name").toString().substring(5)).containsEntry("detail", "20 sessions of unauthorised absence within"
                        + " 10 school weeks"));

        // once at a time: while another run holds the scan's lock, a second is refused, not started
        try (Connection app = DriverManager.getConnection(PortalStack.database().jdbcUrl(), "portal_app", "portal_app")) {
            app.setAutoCommit(false);
            var lock = app.createStatement().executeQuery("select pg_try_advisory_xact_lock(hashtext('job:attendance-scan:city'))");
            lock.next();
            assertThat(lock.getBoolean(1)).isTrue();
            HttpResponse<String> second = Api.post("/city/attendance/scans", alex, "");
            ApiAuthenticationIT.assertIsProblem(second, 409);
            assertThat(second.body()).contains("running already");
            app.commit();
        }
        assertThat(Api.post("/city/attendance/scans", alex, "").statusCode()).isEqualTo(200);

        // the County lists pupils to refer for case management (below 90% over 6 weeks, with unauthorised absence)
        String kai = Api.token("kai.attendance");
        String county = AttendanceRegisterIT.upn();
        List<LocalDate> days = schoolDaysBefore(10);
        HttpResponse<String> up = uploadTo("county", kai, registerAt("122700", county, days.subList(0, 5), "/")
                + registerAt("122700", county, days.subList(5, 10), "O").replace("urn,upn,date,session,code\n", ""));
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
        assertThat(Api.post("/county/attendance/scans", kai, "").statusCode()).isEqualTo(200);
        assertThat(kindsFlagged("county", kai, county)).contains("REFERRAL", "PERSISTENT", "SEVERE");

        // the officer refers the pupil: handed off to early help through core's event, which answers with its reference
        String morgan = Api.token("morgan.county");
        String countyChild = (String) Api.json(Api.post("/county/people", morgan, "{\"givenName\":\"Kit\",\"familyName\":\""
                + TestNames.unique("Handoff") + "\",\"dateOfBirth\":\"2013-04-01\",\"upn\":\"" + county + "\"}").body()).get("id");
        String form = "{\"barriers\":\"Anxiety about the journey\",\"parentView\":\"Mum says mornings are hard\","
                + "\"schoolActions\":\"Two meetings with mum, a part-time timetable offered\",\"referrerContact\":\"01623 000000\"}";
        HttpResponse<String> noForm = Api.post("/county/attendance/pupils/" + countyChild + "/case-management-referral", kai, "{}");
        ApiAuthenticationIT.assertIsProblem(noForm, 400);
        assertThat(noForm.body()).contains("barriers", "schoolActions", "referrerContact");
        HttpResponse<String> referred = Api.post("/county/attendance/pupils/" + countyChild + "/case-management-referral", kai, form);
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        Map<String, Object> outcome = Api.json(referred.body());
        assertThat(outcome).containsEntry("moduleId", "early-help");
        assertThat(((Number) outcome.get("attendancePercent")).doubleValue()).isEqualTo(50.0);
        assertThat(Api.get("/county/early-help/cases?stage=REFERRED&max=200", morgan).body()).contains((String) outcome.get("reference"));
        HttpResponse<String> again = Api.post("/county/attendance/pupils/" + countyChild + "/case-management-referral", kai, form);
        ApiAuthenticationIT.assertIsProblem(again, 409);
        assertThat(again.body()).as("early help's own check, and nothing of the second saved").contains("already has an open");
        // the City refers in its own way (waves): refused there
        HttpResponse<String> city = Api.post("/city/attendance/pupils/" + child(casey) + "/case-management-referral", alex, form);
        ApiAuthenticationIT.assertIsProblem(city, 409);
        assertThat(city.body()).contains("does not refer pupils for case management");
        assertThat(kindsFlagged("city", alex, away)).as("the City works in waves").doesNotContain("REFERRAL");
        assertThat(kindsFlagged("county", kai, away)).as("one council's flags are never the other's").isEmpty();
        ApiAuthenticationIT.assertIsProblem(Api.post("/city/attendance/scans", sam, ""), 403);
    }

    @Test
    void aFileTooLargeOrForADayBeingImportedIsRefusedWholly() throws Exception {
        String cal = Api.token("cal.countyadmin");
        assertThat(Api.post("/county/admin/calendar/terms", cal, "{\"name\":\"Scan term " + TODAY.getYear()
                + "\",\"startsOn\":\"" + TODAY.minusDays(60) + "\",\"endsOn\":\"" + TODAY.plusDays(7) + "\"}").statusCode())
                .isIn(201, 400, 409);
        String kai = Api.token("kai.attendance");
        String upn = AttendanceRegisterIT.upn();
        List<LocalDate> days = schoolDaysBefore(1);
        String oneDay = registerAt("122701", upn, days, "/");

        // another import holds the school's day: this file is told so, and nothing of it is written
        try (Connection app = DriverManager.getConnection(PortalStack.database().jdbcUrl(), "portal_app", "portal_app")) {
            app.setAutoCommit(false);
            var lock = app.createStatement().executeQuery("select pg_try_advisory_xact_lock(hashtext('att-day:county:122701:"
                    + days.get(0) + "'))");
            lock.next();
            assertThat(lock.getBoolean(1)).isTrue();
            HttpResponse<String> busy = uploadTo("county", kai, oneDay);
            ApiAuthenticationIT.assertIsProblem(busy, 409);
            assertThat(busy.body()).contains("is being imported just now", "nothing of this file has been saved");
            app.commit();
        }
        assertThat(Api.get("/county/attendance/unmatched?max=1000", kai).body()).doesNotContain(upn);
        assertThat(uploadTo("county", kai, oneDay).statusCode()).isEqualTo(201);

        // a date of the right shape that is no day of the calendar: named by its line, never a server error
        HttpResponse<String> notADay = uploadTo("county", kai, oneDay + "122701," + upn + ",2026-02-30,AM,/\n");
        ApiAuthenticationIT.assertIsProblem(notADay, 400);
        assertThat(notADay.body()).contains("Line 4: 2026-02-30 is not a day of the calendar");

        // a file over the council's size: 413 as it streams in, nothing written
        HttpResponse<String> small = Api.put("/county/admin/settings/attendance.register-max-megabytes", cal,
                "{\"value\":\"1\",\"effectiveFrom\":\"2024-08-19\"}");
        assertThat(small.statusCode()).as(small.body()).isEqualTo(200);
        try {
            String big = AttendanceRegisterIT.upn();
            StringBuilder file = new StringBuilder(oneDay.replace(upn, big));
            while (file.length() < 1_200_000) {
                file.append(file, 26, Math.min(file.length(), 26 + 40_000));
            }
            HttpResponse<String> tooBig = uploadTo("county", kai, file.toString());
            ApiAuthenticationIT.assertIsProblem(tooBig, 413);
            assertThat(tooBig.body()).contains("larger than the 1 MB");
            assertThat(Api.get("/county/attendance/unmatched?max=1000", kai).body()).doesNotContain(big);
        } finally {
            // a second value from the same date is refused in words (it was a 500); the council's size comes back from today
            HttpResponse<String> sameDay = Api.put("/county/admin/settings/attendance.register-max-megabytes", cal,
                    "{\"value\":\"64\",\"effectiveFrom\":\"2024-08-19\"}");
            ApiAuthenticationIT.assertIsProblem(sameDay, 409);
            assertThat(sameDay.body()).contains("is already 1 from 2024-08-19");
            assertThat(Api.put("/county/admin/settings/attendance.register-max-megabytes", cal, "{\"value\":\"64\","
                    + "\"effectiveFrom\":\"" + TODAY + "\"}").statusCode()).isEqualTo(200);
        }
    }

    private static Map<String, Object> waveStep(String token, String id, String json) {
        HttpResponse<String> r = Api.post("/city/attendance/waves/" + id + "/steps", token, json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Api.json(r.body());
    }

    @Test
    void theCityTriagesPupilsIntoWavesForSixWeekCyclesAndCountsItsFunnel() throws Exception {
        String ada = Api.token("ada.cityadmin");
        assertThat(Api.post("/city/admin/calendar/terms", ada, "{\"name\":\"Enforcement term " + TODAY.getYear()
                + "\",\"startsOn\":\"" + TODAY.minusDays(60) + "\",\"endsOn\":\"" + TODAY.plusDays(90) + "\"}").statusCode())
                .isIn(201, 400, 409);
        String casey = Api.token("casey.city");
        String alex = Api.token("alex.attendance");
        String halfUpn = AttendanceRegisterIT.upn();
        String goodUpn = AttendanceRegisterIT.upn();
        String half = person(casey, "Remy", null, "2012-02-01", halfUpn);
        String good = person(casey, "Tia", null, "2012-02-01", goodUpn);
        List<LocalDate> days = schoolDaysBefore(10);
        assertThat(upload(alex, registerAt("122501", halfUpn, days.subList(0, 5), "/")
                + registerAt("122501", halfUpn, days.subList(5, 10), "O").replace("urn,upn,date,session,code\n", "")
                + registerAt("122501", goodUpn, days, "/").replace("urn,upn,date,session,code\n", "")).statusCode()).isEqualTo(201);

        HttpResponse<String> wave1 = Api.post("/city/attendance/pupils/" + good + "/waves", alex, "");
        ApiAuthenticationIT.assertIsProblem(wave1, 409);
        assertThat(wave1.body()).contains("Wave 1", "the school's own support");
        HttpResponse<String> triaged = Api.post("/city/attendance/pupils/" + half + "/waves", alex, "");
        assertThat(triaged.statusCode()).as(triaged.body()).isEqualTo(201);
        Map<String, Object> w = Api.json(triaged.body());
        assertThat(w).containsEntry("status", "TRIAGED").containsEntry("phase", "SECONDARY");
        assertThat(((Number) w.get("attendanceAtTriage")).doubleValue()).isEqualTo(50.0);
        String id = (String) w.get("id");
        ApiAuthenticationIT.assertIsProblem(Api.post("/city/attendance/pupils/" + half + "/waves", alex, ""), 409);
        w = waveStep(alex, id, "{\"step\":\"ACCEPT\",\"version\":" + num(w, "version") + "}");
        w = waveStep(alex, id, "{\"step\":\"ASSIGN\",\"wave\":\"TASKFORCE\",\"version\":" + num(w, "version") + "}");
        assertThat(w).containsEntry("status", "ASSIGNED").containsEntry("cycleEnds", TODAY.plusWeeks(6).toString());
        assertThat(Api.jsonArray(Api.get("/city/clocks?team=Attendance+Taskforce&max=500", alex).body()))
                .anySatisfy(k -> assertThat(k).containsEntry("subjectId", id).containsEntry("standardId", "att-wave-cycle"));
        HttpResponse<String> early = Api.post("/city/attendance/waves/" + id + "/steps", alex, "{\"step\":\"CLOSE\",\"version\":"
                + num(w, "version") + "}");
        ApiAuthenticationIT.assertIsProblem(early, 409);
        assertThat(early.body()).contains("The cycle runs to");
        backdate("att_wave_case", id, 42, "assigned_on", "cycle_ends");
        w = waveStep(alex, id, "{\"step\":\"CLOSE\",\"version\":" + num(w, "version") + "}");
        assertThat(w).containsEntry("status", "CLOSED").containsEntry("outcome", "NOT_IMPROVED");
        assertThat(Api.jsonArray(Api.get("/city/attendance/reports/waves", Api.token("robin.performance")).body()))
                .anySatisfy(f -> assertThat(f).containsEntry("phase", "SECONDARY").satisfies(m -> {
                    assertThat(num(m, "triaged")).isPositive();
                    assertThat(num(m, "taskforce")).isPositive();
                    assertThat(num(m, "closedAfterCycle")).isPositive();
                }));
        // the County works another way
        String kai = Api.token("kai.attendance");
        String countyChild = (String) Api.json(Api.post("/county/people", Api.token("morgan.county"), "{\"givenName\":\"Lou\","
                + "\"familyName\":\"" + TestNames.unique("Waves") + "\",\"dateOfBirth\":\"2012-01-01\"}").body()).get("id");
        HttpResponse<String> county = Api.post("/county/attendance/pupils/" + countyChild + "/waves", kai, "");
        ApiAuthenticationIT.assertIsProblem(county, 409);
        assertThat(county.body()).contains("does not run waves");
    }
}
