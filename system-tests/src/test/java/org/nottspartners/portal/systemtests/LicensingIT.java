package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Licensing through the API on the real stack (issue 16): the rule check for members of the public and officers in
 * both councils, with bad input answered field by field; a member of the public's application from draft to decision,
 * seen by nobody else; and the public role reaching nothing of a council's own records.
 */
@ExtendWith(ArquillianExtension.class)
class LicensingIT {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));
    /** A Saturday at least 4 weeks on: past the 21-day lead time. */
    private static final LocalDate SATURDAY = TODAY.plusWeeks(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @BeforeAll
    static void people() {
        KeycloakAdmin.ensureUser("quinn.public", List.of("public-applicant"));
        // the City's term dates reach past the days checked (the same term the attendance tests enter)
        String ada = Api.token("ada.cityadmin");
        assertThat(Api.post("/city/admin/calendar/terms", ada, "{\"name\":\"Enforcement term " + TODAY.getYear()
                + "\",\"startsOn\":\"" + TODAY.minusDays(60) + "\",\"endsOn\":\"" + TODAY.plusDays(90) + "\"}").statusCode())
                .isIn(201, 400, 409);
    }

    private static String day(LocalDate date, String start, String end) {
        return "{\"date\":\"" + date + "\",\"start\":\"" + start + "\",\"end\":\"" + end + "\"}";
    }

    @Test
    void theRuleCheckAnswersInWordsForTheCouncilWhereTheChildLives() {
        String pip = Api.token("pip.public");
        String performance = "{\"kind\":\"PERFORMANCE\",\"dateOfBirth\":\"" + TODAY.minusYears(3) + "\",\"days\":["
                + day(SATURDAY, "18:00", "23:00") + "]}";
        for (String council : List.of("city", "county")) {
            HttpResponse<String> r = Api.post("/" + council + "/licensing/rule-checks", pip, performance);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            Map<String, Object> check = Api.json(r.body());
            assertThat(check.get("allowed")).isEqualTo(false);
            assertThat(r.body()).contains("a child aged 0 to 4 may not be at the venue after 22:00");
        }
        // an officer of the council asks the same
        HttpResponse<String> lee = Api.post("/county/licensing/rule-checks", Api.token("lee.licensing"), performance);
        assertThat(lee.statusCode()).isEqualTo(200);

        // a 14-year-old's paper round on a school day in the City's term, in school hours and too long
        LocalDate monday = TODAY.plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        HttpResponse<String> job = Api.post("/city/licensing/rule-checks", pip, "{\"kind\":\"EMPLOYMENT\",\"dateOfBirth\":\""
                + TODAY.minusYears(14).minusMonths(2) + "\",\"job\":\"DELIVERING_PAPERS\",\"days\":[" + day(monday, "06:30", "09:00") + "]}");
        assertThat(job.statusCode()).as(job.body()).isEqualTo(200);
        assertThat(job.body()).contains("\"allowed\":false", "earliest-start", "school-hours", "before-school", "day-hours");

        // the County's council setting changes the answer from its date: a latest time of 21:30 for the youngest
        String cal = Api.token("cal.countyadmin");
        HttpResponse<String> set = Api.put("/county/admin/settings/licensing.performance.latest-age-0-4", cal,
                "{\"value\":\"21:30\",\"effectiveFrom\":\"" + SATURDAY + "\"}");
        assertThat(set.statusCode()).as(set.body()).isIn(200, 201, 409);
        HttpResponse<String> later = Api.post("/county/licensing/rule-checks", pip, "{\"kind\":\"PERFORMANCE\",\"dateOfBirth\":\""
                + TODAY.minusYears(3) + "\",\"days\":[" + day(SATURDAY, "18:00", "21:45") + "]}");
        assertThat(later.body()).contains("may not be at the venue after 21:30");
        HttpResponse<String> city = Api.post("/city/licensing/rule-checks", pip, "{\"kind\":\"PERFORMANCE\",\"dateOfBirth\":\""
                + TODAY.minusYears(3) + "\",\"days\":[" + day(SATURDAY, "18:00", "21:45") + "]}");
        assertThat(city.body()).contains("\"allowed\":true");
        HttpResponse<String> badValue = Api.put("/county/admin/settings/licensing.performance.latest-age-0-4", cal,
                "{\"value\":\"25:00\",\"effectiveFrom\":\"" + SATURDAY.plusDays(1) + "\"}");
        assertThat(badValue.statusCode()).isEqualTo(400);
        assertThat(badValue.body()).contains("is a time of day");
    }

    @Test
    void badPlansAreAnsweredFieldByField() {
        String pip = Api.token("pip.public");
        HttpResponse<String> r = Api.post("/city/licensing/rule-checks", pip, "{\"kind\":\"BALLET\",\"dateOfBirth\":\"2015-02-30\","
                + "\"job\":\"<script>alert(1)</script>\",\"days\":[" + day(TODAY.minusDays(2), "10:00", "12:00") + ","
                + day(SATURDAY, "14:00", "13:00") + "," + day(SATURDAY.plusDays(1), "10:00", "12:00") + ","
                + day(SATURDAY.plusDays(1), "11:00", "13:00") + "," + day(SATURDAY.plusDays(2), "9am", "10:00") + "]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("The kind of plan is PERFORMANCE or EMPLOYMENT", "February 2015 has 28 days",
                "Choose the job from the list of light work", "is in the past", "before it starts", "overlaps another time",
                "on the 24-hour clock").doesNotContain("Exception", "<script>");
        HttpResponse<String> control = Api.post("/city/licensing/rule-checks", pip, "{\"kind\":\"PERFORMANCE\",\"days\":["
                + day(SATURDAY, "10:00", "\\u0000") + "]}");
        assertThat(control.statusCode()).isEqualTo(400);
        assertThat(control.body()).contains("Remove the control characters");
        HttpResponse<String> empty = Api.post("/city/licensing/rule-checks", pip, "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Enter the child's date of birth", "Enter at least one day with its times");
        HttpResponse<String> notJson = Api.post("/city/licensing/rule-checks", pip, "{\"days\":");
        assertThat(notJson.statusCode()).isEqualTo(400);
        // a council whose term dates do not reach a day cannot say which kind of day it is, and says so
        HttpResponse<String> far = Api.post("/city/licensing/rule-checks", pip, "{\"kind\":\"EMPLOYMENT\",\"dateOfBirth\":\""
                + TODAY.minusYears(14) + "\",\"days\":[" + day(TODAY.plusYears(5), "10:00", "11:00") + "]}");
        assertThat(far.statusCode()).isEqualTo(400);
        assertThat(far.body()).contains("has not published its term dates");
    }

    @Test
    void anApplicationGoesFromDraftToDecisionSeenOnlyByItsApplicantAndTheCouncilsOfficers() throws InterruptedException {
        String pip = Api.token("pip.public");
        String quinn = Api.token("quinn.public");
        String lee = Api.token("lee.licensing");
        String lou = Api.token("lou.licensing");

        HttpResponse<String> started = Api.post("/county/licensing/applications", pip, "{\"kind\":\"PERFORMANCE\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        Map<String, Object> draft = Api.json(started.body());
        String id = (String) draft.get("id");
        assertThat(draft.get("status")).isEqualTo("DRAFT");
        assertThat(draft.get("applicantEmail")).isEqualTo("pip.public@example.org");
        assertThat(started.body()).contains("Enter the child's first name", "Add every performance and rehearsal day");
        long v = ((Number) draft.get("version")).longValue();

        // nobody else sees it: another member of the public, an officer while it is a draft, the other council
        assertThat(Api.get("/county/licensing/applications/" + id, quinn).statusCode()).isEqualTo(404);
        assertThat(Api.get("/county/licensing/applications/" + id, lee).statusCode()).isEqualTo(404);
        assertThat(Api.get("/city/licensing/applications/" + id, pip).statusCode()).isEqualTo(404);
        assertThat(Api.put("/county/licensing/applications/" + id, quinn, "{\"version\":" + v + ",\"childGivenName\":\"Eve\"}").statusCode())
                .isEqualTo(404);

        // save and come back later: a page at a time; bad answers named and nothing of them saved
        HttpResponse<String> bad = Api.put("/county/licensing/applications/" + id, pip, "{\"version\":" + v + ",\"childGivenName\":\"<b>Ann</b>\","
                + "\"childDateOfBirth\":\"" + TODAY.plusDays(3) + "\",\"parentEmail\":\"not an email\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("without the characters < or >", "must be in the past", "in the correct format");
        HttpResponse<String> child = Api.put("/county/licensing/applications/" + id, pip, "{\"version\":" + v + ",\"childGivenName\":\"Ann\","
                + "\"childFamilyName\":\"O'Neill\",\"childDateOfBirth\":\"" + TODAY.minusYears(8).minusDays(40) + "\","
                + "\"childAddress\":\"1 Castle Road, Mansfield NG18 1AA\",\"childSchool\":\"Mansfield Primary\"}");
        assertThat(child.statusCode()).as(child.body()).isEqualTo(200);
        HttpResponse<String> stale = Api.put("/county/licensing/applications/" + id, pip, "{\"version\":" + v + ",\"childSchool\":\"Other\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> rest = Api.put("/county/licensing/applications/" + id, pip, "{\"version\":" + (v + 1) + ",\"parentName\":\"Mary O'Neill\","
                + "\"parentEmail\":\"Quinn.Public@Example.org\",\"organisation\":\"Robin Hood Productions Ltd\",\"title\":\"Robin Hood\","
                + "\"place\":\"Theatre Royal, Nottingham\",\"chaperoneName\":\"Jo Smith\",\"childrenWithChaperone\":6,"
                + "\"chaperoneIsTutor\":false,\"paid\":true}");
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
        assertThat(Api.json(rest.body()).get("childSchool")).isEqualTo("Mansfield Primary");
        assertThat(Api.json(rest.body()).get("parentEmail")).isEqualTo("quinn.public@example.org");

        // the days: one evening too long for an 8-year-old, shown before sending
        HttpResponse<String> days = Api.put("/county/licensing/applications/" + id + "/days", pip, "{\"version\":" + (v + 2) + ",\"days\":["
                + day(SATURDAY, "13:00", "22:00") + "," + day(SATURDAY.plusDays(1), "13:00", "17:00") + "]}");
        assertThat(days.statusCode()).as(days.body()).isEqualTo(200);
        Map<String, Object> withDays = Api.json(days.body());
        assertThat(days.body()).contains("\"allowed\":false", "may be there for at most 8 hours a day");
        assertThat(days.body()).contains("Add a copy of the child's birth certificate", "Add a recent photograph of the child");
        long version = ((Number) withDays.get("version")).longValue();

        // the documents, checked by their content: a program called a PDF and a 20 MB file are refused, nothing kept
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        HttpResponse<String> program = upload(pip, id, "BIRTH_CERTIFICATE", version, "birth.pdf", "application/pdf", exe);
        assertThat(program.statusCode()).as(program.body()).isEqualTo(400);
        assertThat(program.body()).contains("This file is a program, whatever its name says");
        HttpResponse<String> huge = upload(pip, id, "PHOTO", version, "photo.png", "image/png", new byte[20 * 1024 * 1024]);
        assertThat(huge.statusCode()).isEqualTo(413);
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        HttpResponse<String> birth = upload(pip, id, "BIRTH_CERTIFICATE", version, "birth-certificate.pdf", "application/pdf", pdf);
        assertThat(birth.statusCode()).as(birth.body()).isEqualTo(200);
        version = ((Number) Api.json(birth.body()).get("version")).longValue();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
        HttpResponse<String> photo = upload(pip, id, "PHOTO", version, "photo.jpg", "image/jpeg", png);
        assertThat(photo.statusCode()).as(photo.body()).isEqualTo(200);
        assertThat(photo.body()).contains("\"mediaType\":\"image/png\"", "\"mediaType\":\"application/pdf\"");
        assertThat(photo.body()).contains("Invite the child's parent to complete their part");
        version = ((Number) Api.json(photo.body()).get("version")).longValue();

        // the parent's own part: the producer cannot be the parent; the producer invites, the parent (signed in with that
        // verified address) completes it
        HttpResponse<String> self = Api.put("/county/licensing/applications/" + id, pip, "{\"version\":" + version
                + ",\"parentEmail\":\"pip.public@example.org\"}");
        long selfVersion = ((Number) Api.json(self.body()).get("version")).longValue();
        HttpResponse<String> selfInvite = Api.post("/county/licensing/applications/" + id + "/parent-invitation", pip, "{\"version\":"
                + selfVersion + "}");
        assertThat(selfInvite.statusCode()).isEqualTo(400);
        assertThat(selfInvite.body()).contains("not yours");
        version = ((Number) Api.json(Api.put("/county/licensing/applications/" + id, pip, "{\"version\":" + selfVersion
                + ",\"parentEmail\":\"quinn.public@example.org\"}").body()).get("version")).longValue();
        HttpResponse<String> invited = Api.post("/county/licensing/applications/" + id + "/parent-invitation", pip, "{\"version\":" + version + "}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
        assertThat(invited.body()).contains("Wait for the child's parent to complete their part");
        assertThat(PortalStack.mail().awaitMessageTo("quinn.public@example.org", java.time.Duration.ofSeconds(20)).orElseThrow().subject())
                .contains("Your part of the performance licence application");
        assertThat(Api.get("/county/licensing/parent-parts", pip).body()).doesNotContain(id);
        HttpResponse<String> parts = Api.get("/county/licensing/parent-parts", quinn);
        assertThat(parts.body()).contains(id, "Robin Hood").doesNotContain("Castle Road");
        long partVersion = ((Number) Api.jsonArray(parts.body()).stream().filter(x -> id.equals(x.get("id"))).findFirst().orElseThrow()
                .get("version")).longValue();
        HttpResponse<String> noHealth = Api.put("/county/licensing/parent-parts/" + id, quinn, "{\"version\":" + partVersion
                + ",\"parentConsent\":true}");
        assertThat(noHealth.statusCode()).isEqualTo(400);
        assertThat(noHealth.body()).contains("Tell us about your child's health");
        assertThat(Api.put("/county/licensing/parent-parts/" + id, pip, "{\"version\":" + partVersion + ",\"parentConsent\":true,"
                + "\"healthDeclaration\":\"x\"}").statusCode()).isEqualTo(404);
        HttpResponse<String> part = Api.put("/county/licensing/parent-parts/" + id, quinn, "{\"version\":" + partVersion
                + ",\"parentConsent\":true,\"healthDeclaration\":\"Mild asthma: an inhaler in her bag\"}");
        assertThat(part.statusCode()).as(part.body()).isEqualTo(200);
        Map<String, Object> afterPart = Api.json(Api.get("/county/licensing/applications/" + id, pip).body());
        assertThat((List<?>) afterPart.get("missing")).isEmpty();
        assertThat(afterPart.get("healthDeclaration")).isEqualTo("Mild asthma: an inhaler in her bag");
        version = ((Number) afterPart.get("version")).longValue();

        HttpResponse<String> sent = Api.post("/county/licensing/applications/" + id + "/submission", pip, "{\"version\":" + version + "}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(Api.json(sent.body()).get("status")).isEqualTo("SUBMITTED");
        assertThat(Api.put("/county/licensing/applications/" + id, pip, "{\"version\":" + (version + 1) + ",\"title\":\"x\"}").statusCode())
                .isEqualTo(409);

        // the County's officer has it in the queue with the breach; the City's officer does not
        assertThat(Api.get("/county/licensing/applications", lee).body()).contains(id);
        assertThat(Api.get("/city/licensing/applications", lou).body()).doesNotContain(id);
        assertThat(Api.get("/city/licensing/applications/" + id, lou).statusCode()).isEqualTo(404);
        // the officer's check against the family record: the child is in the council's record, with an open early help case
        String morgan = Api.token("morgan.county");
        HttpResponse<String> person = Api.post("/county/people", morgan, "{\"givenName\":\"Ann\",\"familyName\":\"O'Neill\","
                + "\"dateOfBirth\":\"" + TODAY.minusYears(8).minusDays(40) + "\"}");
        assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
        HttpResponse<String> referred = Api.post("/county/early-help/referrals", morgan, "{\"indexChildId\":\""
                + Api.json(person.body()).get("id") + "\",\"route\":\"SECTION_136\",\"concerns\":\"Known to the team\","
                + "\"believedLevel\":\"P2P_L3\",\"consentGivenBy\":\"Parent\",\"consentDate\":\"" + TODAY + "\","
                + "\"consentEvidence\":\"Call\",\"referrerContact\":\"0115 977 0001\"}");
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        HttpResponse<String> check = Api.get("/county/licensing/applications/" + id + "/family-record-check", lee);
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        assertThat(check.body()).contains("Ann O'Neill", "Early help: An early help case is open");
        assertThat(Api.get("/county/licensing/applications/" + id + "/family-record-check", pip).statusCode()).isEqualTo(404);

        HttpResponse<String> seen = Api.get("/county/licensing/applications/" + id, lee);
        assertThat(seen.body()).contains("may be there for at most 8 hours a day");
        // the applicant's list holds it; the other applicant's does not
        assertThat(Api.get("/county/licensing/applications", pip).body()).contains(id);
        assertThat(Api.get("/county/licensing/applications", quinn).body()).doesNotContain(id);
        // the decision clock runs on the County's dashboard
        long sentVersion = ((Number) Api.json(seen.body()).get("version")).longValue();

        assertThat(Api.post("/county/licensing/applications/" + id + "/decision", lee, "{\"version\":" + sentVersion
                + ",\"outcome\":\"REFUSE\"}").body()).contains("Give the reasons for refusing");
        assertThat(Api.post("/county/licensing/applications/" + id + "/decision", pip, "{\"version\":" + sentVersion
                + ",\"outcome\":\"GRANT\"}").statusCode()).isEqualTo(404);
        HttpResponse<String> granted = Api.post("/county/licensing/applications/" + id + "/decision", lee, "{\"version\":" + sentVersion
                + ",\"outcome\":\"GRANT\",\"words\":\"The child leaves the venue by 21:00 on Saturdays.\"}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        assertThat(Api.json(granted.body()).get("status")).isEqualTo("GRANTED");
        String reference = (String) Api.json(granted.body()).get("reference");
        // the licence as a PDF, kept against the application and e-mailed to the holder and the parent
        String licence = pdfText(Api.bytes("/county/licensing/applications/" + id + "/licence.pdf", pip));
        assertThat(licence).contains("Child performance licence " + reference, "Nottinghamshire County Council", "Ann O'Neill",
                "Robin Hood", "The child leaves the venue by 21:00 on Saturdays.");
        assertThat(Api.get("/county/licensing/applications/" + id + "/licence.pdf", quinn).statusCode()).isEqualTo(404);
        for (String to : List.of("pip.public@example.org", "quinn.public@example.org")) {
            assertThat(licenceMail(to, reference)).as(to).hasValueSatisfying(m -> assertThat(m.body()).contains("has granted"));
        }
        assertThat(Api.post("/county/licensing/applications/" + id + "/decision", lee, "{\"version\":" + (sentVersion + 1)
                + ",\"outcome\":\"REFUSE\",\"words\":\"x\"}").statusCode()).isEqualTo(409);
    }

    /** The licence's e-mail to an address, waiting for it up to 20 seconds (it is sent once the grant commits). */
    static java.util.Optional<org.nottspartners.portal.launcher.MailCatcher.Mail> licenceMail(String to, String reference)
            throws InterruptedException {
        java.time.Instant until = java.time.Instant.now().plusSeconds(20);
        do {
            var found = PortalStack.mail().messages().stream().filter(m -> m.to().contains(to) && m.subject().contains(reference)
                    && m.subject().startsWith("Child performance licence")).findFirst();
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(200);
        } while (java.time.Instant.now().isBefore(until));
        return java.util.Optional.empty();
    }

    /** Sends a document as it is, with the type the browser would claim. */
    static HttpResponse<String> upload(String token, String id, String kind, long version, String fileName, String type,
            byte[] content) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                            Deployments.API + "/county/licensing/applications/" + id + "/documents?kind=" + kind + "&version="
                                    + version + "&fileName=" + fileName))
                    .header("Authorization", "Bearer " + token).header("Content-Type", type)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(content)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pdfText(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anApplicationTooLateOrIncompleteIsNotSent() {
        String pip = Api.token("pip.public");
        Map<String, Object> draft = Api.json(Api.post("/city/licensing/applications", pip, "{\"kind\":\"PERFORMANCE\"}").body());
        String id = (String) draft.get("id");
        long v = ((Number) draft.get("version")).longValue();
        HttpResponse<String> incomplete = Api.post("/city/licensing/applications/" + id + "/submission", pip, "{\"version\":" + v + "}");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("Enter the child's first name", "Enter the chaperone's full name",
                "Add every performance and rehearsal day");
        Api.put("/city/licensing/applications/" + id, pip, "{\"version\":" + v + ",\"childGivenName\":\"Ben\",\"childFamilyName\":\"Lee\","
                + "\"childDateOfBirth\":\"" + TODAY.minusYears(10) + "\",\"childAddress\":\"2 Market Street, Nottingham\","
                + "\"childSchool\":\"Bluecoat\",\"parentName\":\"Ann Lee\",\"parentEmail\":\"ann@example.org\",\"organisation\":\"Co\","
                + "\"title\":\"Panto\",\"place\":\"Playhouse\",\"chaperoneName\":\"Jo Smith\",\"childrenWithChaperone\":2,\"paid\":false}");
        HttpResponse<String> soon = Api.put("/city/licensing/applications/" + id + "/days", pip, "{\"version\":" + (v + 1) + ",\"days\":["
                + day(TODAY.plusDays(10), "10:00", "12:00") + "]}");
        long version = ((Number) Api.json(soon.body()).get("version")).longValue();
        HttpResponse<String> late = Api.post("/city/licensing/applications/" + id + "/submission", pip, "{\"version\":" + version + "}");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("at least 21 days before the first day");
        assertThat(Api.json(Api.get("/city/licensing/applications/" + id, pip).body()).get("status")).isEqualTo("DRAFT");
        // withdrawn, it is kept as withdrawn
        HttpResponse<String> withdrawn = Api.post("/city/licensing/applications/" + id + "/withdrawal", pip, "{\"version\":" + version + "}");
        assertThat(Api.json(withdrawn.body()).get("status")).isEqualTo("WITHDRAWN");
        // a draft withdrawn was never sent: the officer never sees it
        assertThat(Api.get("/city/licensing/applications/" + id, Api.token("lou.licensing")).statusCode()).isEqualTo(404);
        assertThat(Api.get("/city/licensing/applications", Api.token("lou.licensing")).body()).doesNotContain(id);
    }

    @Test
    void theSchoolGivesItsViewInThePortalAndTheOfficerRecordsAnInspection() {
        String pip = Api.token("pip.public");
        String lou = Api.token("lou.licensing");
        String sam = Api.token("sam.school");
        Map<String, Object> draft = Api.json(Api.post("/city/licensing/applications", pip, "{\"kind\":\"EMPLOYMENT\"}").body());
        String id = (String) draft.get("id");
        long v = ((Number) draft.get("version")).longValue();
        HttpResponse<String> saved = Api.put("/city/licensing/applications/" + id, pip, "{\"version\":" + v + ",\"childGivenName\":\"Cara\","
                + "\"childFamilyName\":\"Quill\",\"childDateOfBirth\":\"" + TODAY.minusYears(14).minusMonths(1) + "\","
                + "\"childAddress\":\"4 Canal Street, Nottingham\",\"childSchool\":\"Bluecoat Primary School\",\"parentName\":\"Dee Quill\","
                + "\"parentEmail\":\"dee@example.org\",\"organisation\":\"Canal News\",\"title\":\"Paper round\","
                + "\"place\":\"Canal Street\",\"lightWork\":\"DELIVERING_PAPERS\",\"startsOn\":\"" + TODAY.minusDays(10) + "\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        LocalDate saturday = TODAY.plusDays(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        HttpResponse<String> days = Api.put("/city/licensing/applications/" + id + "/days", pip, "{\"version\":" + (v + 1)
                + ",\"days\":[" + day(saturday, "08:00", "10:00") + "]}");
        long version = ((Number) Api.json(days.body()).get("version")).longValue();
        HttpResponse<String> sent = Api.post("/city/licensing/applications/" + id + "/submission", pip, "{\"version\":" + version + "}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        // the employer applied more than 7 days after the child started: the officer is told
        assertThat(Api.get("/city/licensing/applications/" + id, lou).body()).contains("more than 7 days after the child started");
        // the applicant does not see the school's view or the inspections
        assertThat(Api.json(Api.get("/city/licensing/applications/" + id, pip).body()).get("schoolViews")).isNull();

        assertThat(Api.post("/city/licensing/applications/" + id + "/school-views", lou, "{\"schoolUser\":\"casey.city\"}").statusCode())
                .isEqualTo(400);
        HttpResponse<String> asked = Api.post("/city/licensing/applications/" + id + "/school-views", lou, "{\"schoolUser\":\"sam.school\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        HttpResponse<String> mine = Api.get("/city/licensing/school-views", sam);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        Map<String, Object> request = Api.jsonArray(mine.body()).stream().filter(r -> String.valueOf(r.get("reference"))
                .equals(Api.json(sent.body()).get("reference"))).findFirst().orElseThrow();
        assertThat(mine.body()).contains("Cara Quill", "Paper round").doesNotContain("dee@example.org", "4 Canal Street");
        // the school user reaches nothing else of licensing; nobody else answers for them
        assertThat(Api.get("/city/licensing/applications/" + id, sam).statusCode()).isEqualTo(403);
        assertThat(Api.post("/city/licensing/school-views/" + request.get("id") + "/answer", Api.token("pip.public"),
                "{\"version\":1,\"answer\":\"x\"}").statusCode()).isEqualTo(404);
        long requestVersion = ((Number) request.get("version")).longValue();
        assertThat(Api.post("/city/licensing/school-views/" + request.get("id") + "/answer", sam, "{\"version\":" + requestVersion
                + ",\"answer\":\" \"}").statusCode()).isEqualTo(400);
        HttpResponse<String> answered = Api.post("/city/licensing/school-views/" + request.get("id") + "/answer", sam, "{\"version\":"
                + requestVersion + ",\"answer\":\"Attendance is good; Saturday mornings do not affect school.\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        HttpResponse<String> seen = Api.get("/city/licensing/applications/" + id, lou);
        assertThat(seen.body()).contains("Saturday mornings do not affect school.");

        long sentVersion = ((Number) Api.json(seen.body()).get("version")).longValue();
        assertThat(Api.post("/city/licensing/applications/" + id + "/decision", lou, "{\"version\":" + sentVersion
                + ",\"outcome\":\"GRANT\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> bad = Api.post("/city/licensing/applications/" + id + "/inspections", lou, "{\"on\":\""
                + TODAY.plusDays(3) + "\",\"place\":\"\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("once it has happened", "Enter where the inspection was", "Say whether");
        HttpResponse<String> inspected = Api.post("/city/licensing/applications/" + id + "/inspections", lou, "{\"on\":\"" + TODAY
                + "\",\"place\":\"Canal News depot\",\"findings\":\"Round checked: 08:00 to 10:00 as licensed\",\"satisfactory\":true}");
        assertThat(inspected.statusCode()).as(inspected.body()).isEqualTo(200);
        assertThat(inspected.body()).contains("Canal News depot");
        // the permit's PDF names the permitted hours
        assertThat(pdfText(Api.bytes("/city/licensing/applications/" + id + "/licence.pdf", lou))).contains("Child employment permit",
                "Hours the byelaws allow", "Cara Quill");
        // the school gets its copy through the request it answered; nobody else through it
        assertThat(Api.get("/city/licensing/school-views", sam).body()).contains("\"decision\":\"GRANTED\"");
        assertThat(pdfText(Api.bytes("/city/licensing/school-views/" + request.get("id") + "/licence.pdf", sam)))
                .contains("Child employment permit", "Cara Quill");
        assertThat(Api.get("/city/licensing/school-views/" + request.get("id") + "/licence.pdf", lou).statusCode()).isEqualTo(403);
        assertThat(Api.get("/city/licensing/school-views/" + request.get("id") + "/licence.pdf", pip).statusCode()).isEqualTo(404);
    }

    @Test
    void unlicensedWorkIsToldByTheOrByStaffAndFollowedUpByTheOfficer() {
        String pip = Api.token("pip.public");
        String pat = Api.token("pat.police");
        String lee = Api.token("lee.licensing");
        HttpResponse<String> empty = Api.post("/county/licensing/unlicensed-work", pip, "{\"child\":\" \"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Enter who the child is", "Enter what the child is doing");
        String child = "Boy of about 12 " + System.nanoTime();
        HttpResponse<String> told = Api.post("/county/licensing/unlicensed-work", pip, "{\"child\":\"" + child + "\","
                + "\"work\":\"Delivering leaflets before school on Mansfield Road\"}");
        assertThat(told.statusCode()).as(told.body()).isEqualTo(201);
        assertThat(Api.post("/county/licensing/unlicensed-work", pat, "{\"child\":\"A girl at the market\",\"work\":\"Selling"
                + " at 21:00 on a school night\"}").statusCode()).isEqualTo(201);
        // the reporters see nothing more of it
        assertThat(Api.get("/county/licensing/unlicensed-work", pip).statusCode()).isEqualTo(404);
        assertThat(Api.get("/county/licensing/unlicensed-work", pat).statusCode()).isEqualTo(403);
        HttpResponse<String> list = Api.get("/county/licensing/unlicensed-work", lee);
        Map<String, Object> n = Api.jsonArray(list.body()).stream().filter(x -> child.equals(x.get("child"))).findFirst().orElseThrow();
        assertThat(n.get("byPublic")).isEqualTo(true);
        long v = ((Number) n.get("version")).longValue();
        HttpResponse<String> step = Api.post("/county/licensing/unlicensed-work/" + n.get("id") + "/follow-ups", lee,
                "{\"version\":" + v + ",\"step\":\"INFORMATION_REQUESTED\",\"note\":\"Wrote to the shop\"}");
        assertThat(step.statusCode()).as(step.body()).isEqualTo(200);
        assertThat(Api.post("/county/licensing/unlicensed-work/" + n.get("id") + "/follow-ups", lee,
                "{\"version\":" + v + ",\"step\":\"CLOSED\",\"note\":\"x\"}").statusCode()).isEqualTo(409);
        HttpResponse<String> closed = Api.post("/county/licensing/unlicensed-work/" + n.get("id") + "/follow-ups", lee,
                "{\"version\":" + (v + 1) + ",\"step\":\"CLOSED\",\"note\":\"The shop applied for a permit\"}");
        assertThat(closed.body()).contains("INFORMATION_REQUESTED", "The shop applied for a permit", "\"lastStep\":\"CLOSED\"");
        assertThat(Api.post("/county/licensing/unlicensed-work/" + n.get("id") + "/follow-ups", lee,
                "{\"version\":" + (v + 2) + ",\"step\":\"INSPECTED\",\"note\":\"x\"}").statusCode()).isEqualTo(409);
        // the other council never sees it
        assertThat(Api.get("/city/licensing/unlicensed-work", Api.token("lou.licensing")).body()).doesNotContain(child);
    }

    @Test
    void aChaperoneAppliesWithTheirDbsReferencesTrainingAndConsent() {
        String pip = Api.token("pip.public");
        String lee = Api.token("lee.licensing");
        Map<String, Object> draft = Api.json(Api.post("/county/licensing/applications", pip, "{\"kind\":\"CHAPERONE\"}").body());
        String id = (String) draft.get("id");
        long v = ((Number) draft.get("version")).longValue();
        assertThat(draft.get("missing").toString()).contains("Enter your DBS certificate number", "Give your consent",
                "Add a copy of your DBS certificate").doesNotContain("child's first name");
        HttpResponse<String> bad = Api.put("/county/licensing/applications/" + id, pip, "{\"version\":" + v + ",\"applicantDateOfBirth\":\""
                + TODAY.minusYears(17) + "\",\"dbsNumber\":\"12345\",\"dbsIssuedOn\":\"" + TODAY.plusDays(1) + "\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("A chaperone must be 18 or over", "12 digits", "must be in the past");
        HttpResponse<String> saved = Api.put("/county/licensing/applications/" + id, pip, "{\"version\":" + v + ",\"applicantDateOfBirth\":\""
                + TODAY.minusYears(40) + "\",\"applicantAddress\":\"9 Forest Road, Mansfield\",\"dbsNumber\":\"0012 3456 7890\","
                + "\"dbsIssuedOn\":\"" + TODAY.minusMonths(2) + "\",\"referees\":\"Sam Lee, 0115 000 0000; Ali Khan, ali@example.org\","
                + "\"trainedOn\":\"" + TODAY.minusMonths(1) + "\",\"recordsCheckConsent\":false}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Api.json(saved.body()).get("dbsNumber")).isEqualTo("001234567890");
        long version = ((Number) Api.json(saved.body()).get("version")).longValue();
        HttpResponse<String> notYet = Api.post("/county/licensing/applications/" + id + "/submission", pip, "{\"version\":" + version + "}");
        assertThat(notYet.statusCode()).isEqualTo(400);
        assertThat(notYet.body()).contains("Give your consent to a check", "Add a copy of your DBS certificate");
        version = ((Number) Api.json(Api.put("/county/licensing/applications/" + id, pip, "{\"version\":" + version
                + ",\"recordsCheckConsent\":true}").body()).get("version")).longValue();
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        HttpResponse<String> dbs = upload(pip, id, "DBS_CERTIFICATE", version, "dbs.pdf", "application/pdf", pdf);
        assertThat(dbs.statusCode()).as(dbs.body()).isEqualTo(200);
        version = ((Number) Api.json(dbs.body()).get("version")).longValue();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
        version = ((Number) Api.json(upload(pip, id, "PHOTO", version, "me.png", "image/png", png).body()).get("version")).longValue();
        HttpResponse<String> sent = Api.post("/county/licensing/applications/" + id + "/submission", pip, "{\"version\":" + version + "}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(Api.get("/county/licensing/applications/" + id + "/family-record-check", lee).statusCode()).isEqualTo(200);
        long sentVersion = ((Number) Api.json(Api.get("/county/licensing/applications/" + id, lee).body()).get("version")).longValue();
        HttpResponse<String> granted = Api.post("/county/licensing/applications/" + id + "/decision", lee, "{\"version\":" + sentVersion
                + ",\"outcome\":\"GRANT\"}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        assertThat(pdfText(Api.bytes("/county/licensing/applications/" + id + "/licence.pdf", pip))).contains("Chaperone licence",
                "001234567890", "9 Forest Road, Mansfield");
    }

    @Test
    void aBodyOfPersonsApprovalOnceGrantedIsListedForThePublic() {
        String pip = Api.token("pip.public");
        String quinn = Api.token("quinn.public");
        String lou = Api.token("lou.licensing");
        Map<String, Object> draft = Api.json(Api.post("/city/licensing/applications", pip, "{\"kind\":\"BODY_OF_PERSONS\"}").body());
        String id = (String) draft.get("id");
        long v = ((Number) draft.get("version")).longValue();
        String organisation = "Sneinton Players " + System.nanoTime();
        HttpResponse<String> backwards = Api.put("/city/licensing/applications/" + id, pip, "{\"version\":" + v + ",\"startsOn\":\""
                + TODAY.plusDays(30) + "\",\"endsOn\":\"" + TODAY.plusDays(20) + "\"}");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("The last day must be on or after the first day");
        HttpResponse<String> saved = Api.put("/city/licensing/applications/" + id, pip, "{\"version\":" + v + ",\"organisation\":\""
                + organisation + "\",\"title\":\"The spring show\",\"place\":\"Sneinton Hall\",\"startsOn\":\"" + TODAY
                + "\",\"endsOn\":\"" + TODAY.plusDays(30) + "\",\"safeguarding\":\"Two DBS-checked chaperones; a green room\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat((List<?>) Api.json(saved.body()).get("missing")).isEmpty();
        long version = ((Number) Api.json(saved.body()).get("version")).longValue();
        assertThat(Api.post("/city/licensing/applications/" + id + "/submission", pip, "{\"version\":" + version + "}").statusCode())
                .isEqualTo(200);
        assertThat(Api.get("/city/licensing/approvals", quinn).body()).doesNotContain(organisation);
        long sentVersion = ((Number) Api.json(Api.get("/city/licensing/applications/" + id, lou).body()).get("version")).longValue();
        assertThat(Api.post("/city/licensing/applications/" + id + "/decision", lou, "{\"version\":" + sentVersion
                + ",\"outcome\":\"GRANT\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> listed = Api.get("/city/licensing/approvals", quinn);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains(organisation, "The spring show").doesNotContain("pip.public", "Pip");
        assertThat(Api.get("/county/licensing/approvals", quinn).body()).doesNotContain(organisation);
        assertThat(pdfText(Api.bytes("/city/licensing/applications/" + id + "/licence.pdf", pip))).contains("Body of persons approval",
                organisation, "Two DBS-checked chaperones");
        // a child performing under it needs no licence: the rule check says so
        HttpResponse<String> check = Api.post("/city/licensing/rule-checks", pip, "{\"kind\":\"PERFORMANCE\",\"dateOfBirth\":\""
                + TODAY.minusYears(10) + "\",\"bodyOfPersonsApproval\":true,\"days\":[" + day(TODAY.plusDays(21), "17:00", "21:00") + "]}");
        assertThat(check.body()).contains("No licence is needed: the performance is under a body of persons approval.");
    }

    @Test
    void theMemberOfThePublicReachesNothingOfACouncilsOwn() {
        String pip = Api.token("pip.public");
        for (String path : List.of("/city/people?name=Ann", "/county/attendance", "/city/early-help/cases", "/county/admin/settings",
                "/city/clocks", "/nowhere/licensing")) {
            HttpResponse<String> r = Api.get(path, pip);
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(404);
        }
        // an officer's queue of one status is an officer's: for the public only their own
        assertThat(Api.post("/county/licensing/applications", Api.token("lee.licensing"), "{\"kind\":\"EMPLOYMENT\"}").statusCode())
                .isEqualTo(403);
    }
}
