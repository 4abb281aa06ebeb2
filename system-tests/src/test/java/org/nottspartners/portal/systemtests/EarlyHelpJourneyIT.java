package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A referral's whole journey on the real stack, for each council (RULES.md §3), with the other council
 * unable to see it: a partner refers (a social care indicator stops the form; a missing answer is refused
 * field by field), the front door decides, the team screens and allocates (two managers at once: one wins,
 * the other gets 409) or waits, the lead professional assesses, plans and holds a TAF meeting, the
 * referrer sees the outcome, and the case closes only when the rules allow. Clocks and letters follow.
 */
@ExtendWith(ArquillianExtension.class)
class EarlyHelpJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    private static String personWithBirth(String tenant, String token, String given, String family, LocalDate born) {
        HttpResponse<String> r = Api.post("/" + tenant + "/people", token, "{\"givenName\":\"" + given + "\",\"familyName\":\""
                + family + "\",\"dateOfBirth\":\"" + born + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return (String) Api.json(r.body()).get("id");
    }

    /**
     * A City referral through Children and Families Direct to a Family Hub, run on the City's own rules (issue 23):
     * none of County's quality standards (002) starts a clock on it; its disagreements climb the City's route on its own
     * 24 and 48 hours (001 L1808-1830); its CAF is reviewed at the frequency the City sets (001 L1626); it closes with
     * the City's outcomes and no family programme status.
     */
    @Test
    void cityReferralFromSchoolToClosure() {
        String sam = Api.token("sam.school");
        // the City's guidance gives no review frequency (001 L1626): the council sets one
        HttpResponse<String> frequency = Api.put("/city/admin/settings/standard.eh-caf-review", Api.token("ada.cityadmin"),
                "{\"value\":\"12 weeks\",\"effectiveFrom\":\"2014-01-01\"}");
        assertThat(frequency.statusCode()).as(frequency.body()).isEqualTo(200);
        String tess = Api.token("tess.citymanager");
        String casey = Api.token("casey.city");
        String toddler = personWithBirth("city", sam, "Remy", "Ashworth", LocalDate.now().minusMonths(14));

        HttpResponse<String> stopped = Api.post("/city/early-help/referrals", sam, "{\"indexChildId\":\"" + toddler + "\","
                + "\"route\":\"EARLY_HELP_ASSESSMENT\",\"concerns\":\"Bruises on arms\",\"believedLevel\":\"ADDITIONAL\","
                + "\"indicators\":[\"UNDER_TWO_UNEXPLAINED_BRUISING\"],\"consentGivenBy\":\"Mother\",\"consentDate\":\""
                + LocalDate.now() + "\",\"consentEvidence\":\"Signed\",\"referrerContact\":\"0115 000 0000\"}");
        ApiAuthenticationIT.assertIsProblem(stopped, 409);
        assertThat(stopped.body()).contains("Contact the front door now", "A child under two with unexplained bruising",
                "0115 876 4800", "Nothing has been saved");
        assertThat(Api.jsonArray(Api.get("/city/people/" + toddler + "/consents", casey).body())).as("nothing half-saved").isEmpty();

        // no date of birth recorded: an age-bound indicator cannot be ruled out, so it stops the form too
        HttpResponse<String> noAge = Api.post("/city/people", sam, "{\"givenName\":\"Noor\",\"familyName\":\"Ashworth\"}");
        assertThat(noAge.statusCode()).as(noAge.body()).isEqualTo(201);
        String unknownAge = (String) Api.json(noAge.body()).get("id");
        HttpResponse<String> stoppedUnknownAge = Api.post("/city/early-help/referrals", sam, "{\"indexChildId\":\"" + unknownAge + "\","
                + "\"route\":\"EARLY_HELP_ASSESSMENT\",\"concerns\":\"Bruises on arms\",\"believedLevel\":\"ADDITIONAL\","
                + "\"indicators\":[\"UNDER_TWO_UNEXPLAINED_BRUISING\"],\"consentGivenBy\":\"Mother\",\"consentDate\":\""
                + LocalDate.now() + "\",\"consentEvidence\":\"Signed\",\"referrerContact\":\"0115 000 0000\"}");
        ApiAuthenticationIT.assertIsProblem(stoppedUnknownAge, 409);
        assertThat(stoppedUnknownAge.body()).contains("Contact the front door now", "0115 876 4800");

        HttpResponse<String> incomplete = Api.post("/city/early-help/referrals", sam, "{\"indexChildId\":\"" + toddler + "\"}");
        ApiAuthenticationIT.assertIsProblem(incomplete, 400);
        assertThat(incomplete.body()).contains("Choose how the family is being referred", "Describe your concerns",
                "Choose the level of need you believe applies", "Record the family's consent");

        String child = personWithBirth("city", sam, "Kai", "Ashworth", LocalDate.now().minusYears(8));
        String referral = "{\"indexChildId\":\"" + child + "\","
                + "\"route\":\"EARLY_HELP_ASSESSMENT\",\"concerns\":\"Often hungry, late most days, mother unwell\","
                + "\"believedLevel\":\"EXTENSIVE\",\"consentGivenBy\":\"Lena Ashworth (mother)\",\"consentDate\":\""
                + LocalDate.now() + "\",\"consentEvidence\":\"Signed CAF consent page\",\"referrerContact\":\"0115 915 0000\"";
        // issue 23 (001 L1128, L1162): early help is for Additional and Extensive; Children in Need goes to the front door
        HttpResponse<String> childInNeed = Api.post("/city/early-help/referrals", sam, referral.replace("\"EXTENSIVE\"", "\"CHILD_IN_NEED\"")
                + ",\"assessmentForm\":\"Kai hungry and tired\"}");
        ApiAuthenticationIT.assertIsProblem(childInNeed, 400);
        assertThat(childInNeed.body()).contains("\"field\":\"believedLevel\"", "Early help is for a child at Additional or Extensive",
                "Children and Families Direct");
        assertThat(Api.jsonArray(Api.get("/city/people/" + child + "/consents", casey).body())).as("nothing half-saved").isEmpty();
        HttpResponse<String> noForm = Api.post("/city/early-help/referrals", sam, referral + "}");
        ApiAuthenticationIT.assertIsProblem(noForm, 400);
        assertThat(noForm.body()).contains("This route needs the early help assessment");
        assertThat(Api.jsonArray(Api.get("/city/people/" + child + "/consents", casey).body())).as("nothing half-saved").isEmpty();
        HttpResponse<String> referred = Api.post("/city/early-help/referrals", sam, referral
                + ",\"assessmentForm\":\"Loving mother, unwell since spring; Kai hungry and tired; wants help with mornings\"}");
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        String caseId = (String) Api.json(referred.body()).get("id");
        assertThat((String) Api.json(referred.body()).get("reference")).as("issue 22: a reference to read out on the phone")
                .matches("EH-" + LocalDate.now().getYear() + "-\\d{6}");
        HttpResponse<String> again = Api.post("/city/early-help/referrals", Api.token("jo.health"), referral
                + ",\"assessmentForm\":\"Health visitor: Kai tired and underweight\"}");
        ApiAuthenticationIT.assertIsProblem(again, 409);
        assertThat(again.body()).as("the same child referred while a referral is open: shown the open one")
                .contains("already has an open early help referral", (String) Api.json(referred.body()).get("reference"));
        assertThat(Api.jsonArray(Api.get("/city/people/" + child + "/consents", casey).body())).as("nothing half-saved").hasSize(1);
        assertThat(Api.jsonArray(Api.get("/city/early-help/referrals/mine", sam).body()))
                .anySatisfy(r -> assertThat(r).containsEntry("id", caseId).containsEntry("stage", "REFERRED"));
        assertThat(Api.jsonArray(Api.get("/city/people/" + child + "/consents", casey).body())).hasSize(1);

        String morgan = Api.token("morgan.county");
        ApiAuthenticationIT.assertIsProblem(Api.get("/county/early-help/cases/" + caseId, morgan), 404);
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/early-help/cases/" + caseId, morgan), 404);
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/early-help/cases/" + caseId, sam), 404);
        assertThat(Api.jsonArray(Api.get("/city/clocks?team=Front+door&max=500", tess).body()))
                .as("County's 2 weeks to decide (002 §2a15) is not the City's rule")
                .noneSatisfy(c -> assertThat(c).containsEntry("subjectId", caseId));

        HttpResponse<String> referredList = Api.get("/city/early-help/cases?stage=REFERRED&max=200", tess);
        assertThat(referredList.statusCode()).as(referredList.body()).isEqualTo(200);
        assertThat(Api.jsonArray(referredList.body())).extracting(c -> c.get("id")).contains(caseId);
        assertThat(Api.jsonArray(Api.get("/city/early-help/cases?stage=PLAN", tess).body())).extracting(c -> c.get("id"))
                .doesNotContain(caseId);
        Map<String, Object> read = Api.json(Api.get("/city/early-help/cases/" + caseId, tess).body());
        HttpResponse<String> noReasons = Api.post("/city/early-help/cases/" + caseId + "/decision", tess,
                "{\"version\":" + read.get("version") + ",\"decision\":\"ACCEPT_TO_TEAM\"}");
        assertThat(noReasons.body()).contains("Choose the team the family goes to", "Give the reasons");
        HttpResponse<String> atProtection = Api.post("/city/early-help/cases/" + caseId + "/decision", tess, "{\"version\":"
                + read.get("version") + ",\"decision\":\"ACCEPT_TO_TEAM\",\"teamCode\":\"city-hub-bestwood\","
                + "\"decidedLevel\":\"PROTECTION\",\"reasons\":\"Disclosure of harm\"}");
        ApiAuthenticationIT.assertIsProblem(atProtection, 400);
        assertThat(atProtection.body()).as("001 L1162: not taken into a Family Hub at Protection")
                .contains("\"field\":\"decidedLevel\"", "redirect the case to children's social care");
        HttpResponse<String> decided = Api.post("/city/early-help/cases/" + caseId + "/decision", tess, "{\"version\":"
                + read.get("version") + ",\"decision\":\"ACCEPT_TO_TEAM\",\"teamCode\":\"city-hub-bestwood\","
                + "\"decidedLevel\":\"ADDITIONAL\",\"reasons\":\"Needs met by a CAF and family support; no safeguarding concern\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(Api.json(decided.body())).containsEntry("stage", "WITH_TEAM").containsEntry("decidedLevel", "ADDITIONAL")
                .containsEntry("believedLevel", "EXTENSIVE");
        List<Map<String, Object>> letters = Api.jsonArray(Api.get("/city/early-help/cases/" + caseId + "/letters", tess).body());
        assertThat(letters).extracting(l -> l.get("kind")).containsExactly("REFERRAL_OUTCOME");
        HttpResponse<String> pdf = Api.call("GET", "/city/early-help/cases/" + caseId + "/letters/" + letters.get(0).get("id"), tess);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");

        long version = ((Number) Api.json(decided.body()).get("version")).longValue();
        // issue 11: work goes only to someone who is a case worker in this council, as Keycloak knows them
        HttpResponse<String> nobody = Api.post("/city/early-help/cases/" + caseId + "/allocation", tess,
                "{\"version\":" + version + ",\"worker\":\"nobody.here\"}");
        assertThat(nobody.statusCode()).as(nobody.body()).isEqualTo(400);
        assertThat(nobody.body()).contains("\"field\":\"worker\"").contains("Nobody with the user name 'nobody.here' is a case worker");
        HttpResponse<String> otherCouncil = Api.post("/city/early-help/cases/" + caseId + "/allocation", tess,
                "{\"version\":" + version + ",\"worker\":\"morgan.county\"}");
        assertThat(otherCouncil.statusCode()).as("a County case worker is not the City's: " + otherCouncil.body()).isEqualTo(400);
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> Api.post(
                "/city/early-help/cases/" + caseId + "/allocation", tess, "{\"version\":" + version + ",\"worker\":\"casey.city\"}"));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> Api.post(
                "/city/early-help/cases/" + caseId + "/allocation", tess, "{\"version\":" + version + ",\"worker\":\"tess.citymanager\"}"));
        List<Integer> statuses = List.of(first.join().statusCode(), second.join().statusCode());
        assertThat(statuses).as(first.join().body() + " / " + second.join().body()).containsExactlyInAnyOrder(200, 409);
        Map<String, Object> allocated = Api.json(Api.get("/city/early-help/cases/" + caseId, casey).body());
        assertThat(allocated).containsEntry("stage", "ALLOCATED");
        String worker = (String) allocated.get("leadProfessional");

        long v = ((Number) allocated.get("version")).longValue();
        assertThat(Api.jsonArray(Api.get("/city/clocks?team=city-hub-bestwood&max=500", tess).body()))
                .as("County's 5 and 10 working days, 35 to the first TAF, fortnightly contact (002 §3b6, §3d5, §3c5) are not the City's")
                .noneSatisfy(c -> assertThat(c).containsEntry("subjectId", caseId));
        v = step(casey, caseId, "contact", "{\"version\":" + v + ",\"kind\":\"PHONE\",\"note\":\"Phoned Lena, visit booked\"}");
        v = step(casey, caseId, "contact", "{\"version\":" + v + ",\"kind\":\"HOME_VISIT\",\"note\":\"Visited Lena and Kai at home\"}");
        HttpResponse<String> noDomains = Api.post("/city/early-help/cases/" + caseId + "/assessment", casey,
                "{\"version\":" + v + ",\"summary\":\"CAF\"}");
        ApiAuthenticationIT.assertIsProblem(noDomains, 400);
        assertThat(noDomains.body()).contains("Record the CAF finding for: Parents and carers");
        v = step(casey, caseId, "assessment", "{\"version\":" + v + ",\"summary\":\"Health and learning needs; mother's health\","
                + "\"domains\":{\"CHILD_DEVELOPMENT\":\"Often hungry, tired\",\"PARENTS_AND_CARERS\":\"Mother unwell, loving\","
                + "\"FAMILY_AND_ENVIRONMENT\":\"Rent arrears\"},\"criteriaMet\":[\"SCHOOL_ATTENDANCE\",\"HEALTH\"]}");
        HttpResponse<String> target = Api.post("/city/early-help/cases/" + caseId + "/targets", casey, "{\"need\":\"Attendance\","
                + "\"target\":\"Kai at school on time every day\",\"measure\":\"Attendance above 95% for 6 weeks\",\"owner\":\"Lena and school\","
                + "\"dueOn\":\"" + LocalDate.now().plusWeeks(8) + "\",\"criterion\":\"SCHOOL_ATTENDANCE\"}");
        assertThat(target.statusCode()).as(target.body()).isEqualTo(201);
        HttpResponse<String> oneTarget = Api.post("/city/early-help/cases/" + caseId + "/plan", casey, "{\"version\":" + v + "}");
        ApiAuthenticationIT.assertIsProblem(oneTarget, 409);
        assertThat(oneTarget.body()).as("002 §3b4, §13b: two criteria found at assessment, a target for each")
                .contains("Health (the assessment found it)").doesNotContain("School attendance (");
        // issue 19: the target names the service in the council's directory the family is referred to; another council's is refused
        String dropIn = (String) DirectoryIT.addService("city", DirectoryIT.admin("city"), DirectoryIT.serviceJson(
                DirectoryIT.organisation("city", "Health drop-in team " + caseId, null), "Family health drop-in", null, null, "")).get("id");
        String countyService = (String) DirectoryIT.addService("county", DirectoryIT.admin("county"), DirectoryIT.serviceJson(
                DirectoryIT.organisation("county", "County health team " + caseId, null), "County health drop-in", null, null, "")).get("id");
        String healthTargetJson = "{\"need\":\"Health\",\"target\":\"Lena sees her GP about her health\",\"measure\":\"Appointment kept\","
                + "\"owner\":\"Lena\",\"dueOn\":\"" + LocalDate.now().plusWeeks(4) + "\",\"criterion\":\"HEALTH\",\"serviceId\":\"";
        HttpResponse<String> otherCouncilsService = Api.post("/city/early-help/cases/" + caseId + "/targets", casey,
                healthTargetJson + countyService + "\"}");
        ApiAuthenticationIT.assertIsProblem(otherCouncilsService, 400);
        assertThat(otherCouncilsService.body()).contains("serviceId");
        HttpResponse<String> healthTarget = Api.post("/city/early-help/cases/" + caseId + "/targets", casey, healthTargetJson + dropIn + "\"}");
        assertThat(healthTarget.statusCode()).as(healthTarget.body()).isEqualTo(201);
        assertThat(Api.json(healthTarget.body())).containsEntry("serviceId", dropIn).containsEntry("serviceName", "Family health drop-in");
        v = step(casey, caseId, "plan", "{\"version\":" + v + "}");
        assertThat(Api.jsonArray(Api.get("/city/clocks?team=city-hub-bestwood&max=500", tess).body()))
                .as("001 L1626: the plan is reviewed at the frequency the City set; County's 16-week review (002 §3b5) does not run")
                .anySatisfy(c -> assertThat(c).containsEntry("subjectId", caseId).containsEntry("standardId", "eh-caf-review")
                        .containsEntry("dueRule", "12 weeks"))
                .noneSatisfy(c -> assertThat(c).containsEntry("subjectId", caseId).containsEntry("standardId", "eh-formal-review"));
        HttpResponse<String> taf = Api.post("/city/early-help/cases/" + caseId + "/taf-meetings", casey, "{\"heldOn\":\""
                + LocalDate.now() + "\",\"familyPresent\":true,\"attendees\":\"Lena, Kai's teacher, school nurse, " + worker + "\","
                + "\"summary\":\"Plan agreed; breakfast club from Monday\"}");
        assertThat(taf.statusCode()).as(taf.body()).isEqualTo(201);
        assertThat(Api.jsonArray(Api.get("/city/clocks?team=city-hub-bestwood&max=500", tess).body()))
                .as("County's TAF reviews and contact frequencies (002 §3d5, §3c5) are not the City's")
                .noneSatisfy(c -> assertThat(c).containsEntry("subjectId", caseId).containsEntry("standardId", "eh-taf-review"))
                .noneSatisfy(c -> assertThat(c).containsEntry("subjectId", caseId).containsEntry("standardId", "eh-contact-monthly"));

        String gill = Api.token("gill.citygroup");
        Map<String, Object> contactClock = Api.jsonArray(Api.get("/city/clocks?team=city-hub-bestwood&max=500", tess).body())
                .stream().filter(c -> caseId.equals(c.get("subjectId")) && "eh-caf-review".equals(c.get("standardId")))
                .findFirst().orElseThrow();
        String relaxation = "/city/clocks/" + contactClock.get("id") + "/relaxation";
        ApiAuthenticationIT.assertIsProblem(Api.post(relaxation, casey, "{\"reason\":\"Mother in hospital\"}"), 403);
        ApiAuthenticationIT.assertIsProblem(Api.post(relaxation, gill, "{}"), 400);
        HttpResponse<String> relaxed = Api.post(relaxation, gill, "{\"version\":" + contactClock.get("version")
                + ",\"reason\":\"Mother in hospital; visits paused for a fortnight\"}");
        assertThat(relaxed.statusCode()).as(relaxed.body()).isEqualTo(200);
        assertThat(Api.json(relaxed.body())).containsEntry("relaxedBy", "Gill Bramley");
        assertThat(Api.jsonArray(Api.get("/city/clocks?team=city-hub-bestwood&status=RELAXED", tess).body()))
                .anySatisfy(c -> assertThat(c).containsEntry("id", contactClock.get("id")));
        assertThat(Api.jsonArray(Api.get("/city/clocks/dashboard", tess).body()))
                .anySatisfy(c -> assertThat(c).containsEntry("team", "city-hub-bestwood")
                        .containsEntry("standardId", "eh-caf-review")
                        .satisfies(k -> assertThat(((Number) k.get("relaxed")).longValue()).isPositive()));
        ApiAuthenticationIT.assertIsProblem(Api.post(relaxation, gill, "{\"version\":" + contactClock.get("version")
                + ",\"reason\":\"a stale second relaxation\"}"), 409);
        HttpResponse<String> ended = Api.post(relaxation + "/review", gill, "{\"version\":" + Api.json(relaxed.body()).get("version")
                + ",\"keep\":false,\"note\":\"Mother home; visits resume\"}");
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        assertThat(Api.json(ended.body()).get("relaxedBy")).isNull();
        ApiAuthenticationIT.assertIsProblem(Api.post("/county/clocks/" + contactClock.get("id") + "/relaxation",
                Api.token("morgan.county"), "{\"reason\":\"x\"}"), 403);

        HttpResponse<String> raised = Api.post("/city/early-help/cases/" + caseId + "/disputes", casey,
                "{\"about\":\"The school believes the level is Extensive, not Additional\"}");
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        assertThat(Api.json(raised.body()).get("description")).as("001 L1808-1830: the City's route starts with the duty worker")
                .asString().startsWith("Dispute raised with the Screening/Duty worker");
        assertThat(clockOf(tess, caseId, "eh-disagreement-feedback")).as("001 L1808-1830: feedback within 24 hours")
                .containsEntry("dueRule", "24 hours");
        Object disputeClock = clockOf(tess, caseId, "eh-disagreement-resolution").get("id");
        assertThat(clockOf(tess, caseId, "eh-disagreement-resolution")).containsEntry("dueRule", "48 hours");
        assertThat(Api.jsonArray(Api.get("/city/clocks?team=city-hub-bestwood&max=500", tess).body()))
                .as("County's 1 working day (002 §3a8) is not the City's").noneSatisfy(c -> assertThat(c)
                        .containsEntry("subjectId", caseId).containsEntry("standardId", "eh-dispute"));
        HttpResponse<String> feedback = Api.post("/city/early-help/cases/" + caseId + "/disputes/feedback", casey,
                "{\"feedback\":\"Phoned the school's safeguarding lead: the Hub holds Additional while the plan starts\"}");
        assertThat(feedback.statusCode()).as(feedback.body()).isEqualTo(201);
        assertThat(Api.jsonArray(Api.get("/city/clocks?team=city-hub-bestwood&max=500", tess).body()))
                .noneSatisfy(c -> assertThat(c).containsEntry("subjectId", caseId).containsEntry("standardId", "eh-disagreement-feedback"));
        HttpResponse<String> escalated = Api.post("/city/early-help/cases/" + caseId + "/disputes", casey,
                "{\"about\":\"The school asks the Screening/Duty Manager to decide\"}");
        assertThat(escalated.statusCode()).as(escalated.body()).isEqualTo(201);
        assertThat(Api.json(escalated.body()).get("description")).asString()
                .startsWith("Dispute escalated to the Screening/Duty Manager");
        assertThat(clockOf(tess, caseId, "eh-disagreement-resolution").get("id")).as("one clock from raising to resolution")
                .isEqualTo(disputeClock);
        ApiAuthenticationIT.assertIsProblem(Api.post("/city/early-help/cases/" + caseId + "/disputes/resolution", tess, "{}"), 400);
        HttpResponse<String> resolved = Api.post("/city/early-help/cases/" + caseId + "/disputes/resolution", tess,
                "{\"outcome\":\"Team Manager kept Additional: needs met by the plan\"}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(201);
        assertThat(Api.jsonArray(Api.get("/city/early-help/cases/" + caseId + "/disputes", tess).body()))
                .extracting(e -> e.get("kind")).containsExactly("DISPUTE", "DISPUTE_FEEDBACK", "DISPUTE", "DISPUTE_RESOLVED");

        Object formalReview = clockOf(tess, caseId, "eh-caf-review").get("id");
        HttpResponse<String> review = Api.post("/city/early-help/cases/" + caseId + "/taf-meetings", casey, "{\"heldOn\":\""
                + LocalDate.now() + "\",\"familyPresent\":true,\"review\":true,\"attendees\":\"Lena, school, " + worker + "\","
                + "\"summary\":\"Reviewed the plan: attendance up, mornings easier\"}");
        assertThat(review.statusCode()).as(review.body()).isEqualTo(201);
        assertThat(Api.json(review.body())).containsEntry("review", true);
        assertThat(clockOf(tess, caseId, "eh-caf-review").get("id")).as("001 L1626: the review times the next one")
                .isNotEqualTo(formalReview);
        assertThat(Api.jsonArray(Api.get("/city/clocks?team=city-hub-bestwood&max=500", tess).body()))
                .noneSatisfy(c -> assertThat(c).containsEntry("subjectId", caseId).containsEntry("standardId", "eh-disagreement-resolution"))
                .as("no rule of County's (002) ran on the City case at any step")
                .noneSatisfy(c -> assertThat(c).containsEntry("subjectId", caseId).satisfies(k -> assertThat((String) k.get("standardId"))
                        .isNotIn("eh-caf-review")));
        ApiAuthenticationIT.assertIsProblem(Api.post("/city/early-help/cases/" + caseId + "/disputes/resolution", tess,
                "{\"outcome\":\"again\"}"), 409);

        assertThat(Api.jsonArray(Api.get("/city/early-help/referrals/mine", sam).body()))
                .anySatisfy(r -> assertThat(r).containsEntry("id", caseId)
                        .containsEntry("outcome", "Accepted and allocated to a lead professional"));

        HttpResponse<String> county = Api.post("/city/early-help/cases/" + caseId + "/closure", casey, "{\"version\":" + v
                + ",\"outcome\":\"FULLY_RESOLVED\",\"reasons\":\"Attendance 97%\",\"programmeStatus\":\"READY_FOR_CLAIM\"}");
        ApiAuthenticationIT.assertIsProblem(county, 400);
        assertThat(county.body()).as("County's outcomes and family programme status (002 §3g3, §3g5) are not the City's")
                .contains("Needs met", "does not record a family programme status");
        HttpResponse<String> tooSoon = Api.post("/city/early-help/cases/" + caseId + "/closure", casey, "{\"version\":" + v
                + ",\"outcome\":\"NON_ENGAGEMENT\",\"reasons\":\"No contact\"}");
        ApiAuthenticationIT.assertIsProblem(tooSoon, 409);
        assertThat(tooSoon.body()).contains("Not every step to engage the family has been taken", "Telephone calls and text messages");
        HttpResponse<String> closed = Api.post("/city/early-help/cases/" + caseId + "/closure", casey, "{\"version\":" + v
                + ",\"outcome\":\"NEEDS_MET\",\"reasons\":\"Attendance 97%, mother well supported\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(Api.jsonArray(Api.get("/city/clocks?team=city-hub-bestwood", tess).body()))
                .noneSatisfy(c -> assertThat(c).containsEntry("subjectId", caseId));
        assertThat(Api.jsonArray(Api.get("/city/early-help/referrals/mine", sam).body()))
                .anySatisfy(r -> assertThat(r).containsEntry("id", caseId).containsEntry("outcome", "Closed: Needs met"));
        assertThat(Api.jsonArray(Api.get("/city/early-help/cases/" + caseId + "/history", tess).body()))
                .extracting(e -> e.get("kind")).containsSubsequence("REFERRED", "DECIDED", "ALLOCATED", "ASSESSED",
                        "PLAN_AGREED", "TAF", "CLOSED");
        List<Map<String, Object>> audit = Api.jsonArray(Api.get("/city/admin/audit?type=early-help-case&id=" + caseId,
                Api.token("ada.cityadmin")).body());
        assertThat(audit).extracting(e -> e.get("action")).contains("CREATE", "READ", "UPDATE");
    }

    private static Object version(String tenant, String caseId, String token) {
        HttpResponse<String> read = Api.get("/" + tenant + "/early-help/cases/" + caseId, token);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return Api.json(read.body()).get("version");
    }

    private static long step(String token, String caseId, String what, String body) {
        HttpResponse<String> r = Api.post("/city/early-help/cases/" + caseId + "/" + what, token, body);
        assertThat(r.statusCode()).as(what + ": " + r.body()).isEqualTo(200);
        return ((Number) Api.json(r.body()).get("version")).longValue();
    }

    @Test
    void countyReferralByPoliceGoesOnTheWaitingListInPriorityOrder() throws Exception {
        String pat = Api.token("pat.police");
        String morgan = Api.token("morgan.county");
        String teen = personWithBirth("county", pat, "Jordan", "Whitby", LocalDate.now().minusYears(13));
        HttpResponse<String> referred = Api.post("/county/early-help/referrals", pat, "{\"indexChildId\":\"" + teen + "\","
                + "\"route\":\"ATTENDANCE\",\"concerns\":\"Attendance 84% this term, mostly unauthorised\",\"believedLevel\":\"P2P_L3\","
                + "\"consentException\":\"PERSISTENT_ABSENCE\",\"referrerContact\":\"PC 1234, 101\",\"urgent\":true,"
                + "\"assessmentForm\":\"Out late, missing school; mother wants help setting boundaries\","
                + "\"urgencyReason\":\"Found out late at night twice this week\"}");
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        String caseId = (String) Api.json(referred.body()).get("id");
        assertThat(Api.jsonArray(Api.get("/county/clocks?team=Front+door", morgan).body()))
                .anySatisfy(c -> assertThat(c).containsEntry("subjectId", caseId).containsEntry("standardId", "eh-decision-urgent"));

        Map<String, Object> read = Api.json(Api.get("/county/early-help/cases/" + caseId, morgan).body());
        assertThat(Api.json(Api.get("/county/early-help/cases/" + caseId + "/route", morgan).body()))
                .containsEntry("teamKind", "EARLY_HELP");
        HttpResponse<String> decided = Api.post("/county/early-help/cases/" + caseId + "/decision", morgan, "{\"version\":"
                + read.get("version") + ",\"decision\":\"ACCEPT_TO_TEAM\",\"teamCode\":\"county-ehcm-south\","
                + "\"decidedLevel\":\"P2P_L3\",\"reasons\":\"Persistent absence with risk outside the home\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        HttpResponse<String> waiting = Api.post("/county/early-help/cases/" + caseId + "/waiting-list", morgan, "{\"version\":"
                + Api.json(decided.body()).get("version") + ",\"risk\":\"RED\",\"existingSupport\":\"LOW\"}");
        assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(200);
        assertThat(Api.jsonArray(Api.get("/county/early-help/cases/" + caseId + "/letters", morgan).body()))
                .extracting(l -> l.get("kind")).contains("WAITING_LIST_FAMILY", "WAITING_LIST_REFERRER");
        assertThat(countyLetterText(morgan, caseId, "WAITING_LIST_FAMILY")).as("issue 22: the consent basis recorded, not 'you agreed'")
                .contains("The law allows this without asking you first where there is school attendance below 90%")
                .doesNotContain("You agreed");
        List<Map<String, Object>> list = Api.jsonArray(Api.get("/county/early-help/waiting-list?team=county-ehcm-south", morgan).body());
        assertThat(list.get(0)).containsEntry("id", caseId);
        assertThat(((Number) Api.json(Api.get("/county/early-help/dashboard?team=county-ehcm-south", morgan).body())
                .get("WAITING")).longValue()).isGreaterThanOrEqualTo(1);
        HttpResponse<String> allTeams = Api.get("/county/early-help/dashboard", morgan);
        assertThat(allTeams.statusCode()).as(allTeams.body()).isEqualTo(200);

        ApiAuthenticationIT.assertIsProblem(Api.get("/city/early-help/cases/" + caseId, Api.token("tess.citymanager")), 404);
        assertThat(Api.jsonArray(Api.get("/city/early-help/referrals/mine", pat).body()))
                .noneSatisfy(r -> assertThat(r).containsEntry("id", caseId));

        HttpResponse<String> allocated = Api.post("/county/early-help/cases/" + caseId + "/allocation", morgan, "{\"version\":"
                + Api.json(waiting.body()).get("version") + ",\"worker\":\"morgan.county\"}");
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(200);
        assertThat(Api.json(Api.get("/county/early-help/caseloads?team=county-ehcm-south", morgan).body()))
                .containsEntry("morgan.county", 1L);
        HttpResponse<String> xlsx = Api.call("GET", "/county/early-help/cases.xlsx?team=county-ehcm-south", morgan);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith("PK");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                Api.bytes("/county/early-help/cases.xlsx?team=county-ehcm-south", morgan)))) {
            var sheet = book.getSheetAt(0);
            var row = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(r -> r.getCell(1).getStringCellValue().contains("Whitby"))
                    .findFirst().orElseThrow();
            assertThat(row.getCell(7).getStringCellValue()).as("issue 22: the council's words, not codes").isEqualTo("Level 3");
            assertThat(row.getCell(8).getStringCellValue()).doesNotStartWith("county-");
            assertThat(row.getCell(9).getStringCellValue()).as("the lead professional by name").isEqualTo("Morgan Hale");
            assertThat(row.getCell(10).getStringCellValue()).as("risk in words").isIn("Red", "Amber", "Green");
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(row.getCell(3))).as("a date cell").isTrue();
        }
    }

    /**
     * RULES.md §3 "Referral routes": a self-referral's assessment form is completed by the front door before a
     * team takes it; a missing-from-home referral gives the return home, and the interview is due 72 hours
     * after (002 §3b1); a step-down brings social care's assessment, current for 16 weeks (§3b2).
     */
    @Test
    void countyRoutesBringWhatTheyNeed() {
        String pat = Api.token("pat.police");
        String morgan = Api.token("morgan.county");
        String consent = ",\"consentGivenBy\":\"Parent\",\"consentDate\":\"" + LocalDate.now()
                + "\",\"consentEvidence\":\"Phone call, noted\",\"referrerContact\":\"0115 977 0000\"";

        String selfReferred = personWithBirth("county", morgan, "Ellis", "Hardcastle", LocalDate.now().minusYears(10));
        HttpResponse<String> self = Api.post("/county/early-help/referrals", morgan, "{\"indexChildId\":\"" + selfReferred
                + "\",\"route\":\"SELF_REFERRAL\",\"concerns\":\"Mother phoned: struggling since separation\","
                + "\"believedLevel\":\"P2P_L3\"" + consent + "}");
        assertThat(self.statusCode()).as(self.body()).isEqualTo(201);
        String selfId = (String) Api.json(self.body()).get("id");
        String accept = ",\"decision\":\"ACCEPT_TO_TEAM\",\"teamCode\":\"county-ehcm-west\",\"decidedLevel\":\"P2P_L3\","
                + "\"reasons\":\"Needs met by early help\"}";
        HttpResponse<String> noForm = Api.post("/county/early-help/cases/" + selfId + "/decision", morgan,
                "{\"version\":" + version("county", selfId, morgan) + accept);
        ApiAuthenticationIT.assertIsProblem(noForm, 400);
        assertThat(noForm.body()).contains("Complete the early help assessment form");
        HttpResponse<String> form = Api.post("/county/early-help/cases/" + selfId + "/referral-assessment", morgan,
                "{\"version\":" + version("county", selfId, morgan) + ",\"assessmentForm\":\"Mother coping alone; Ellis anxious\"}");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertThat(Api.json(form.body())).containsEntry("referralAssessment", "Mother coping alone; Ellis anxious");
        HttpResponse<String> accepted = Api.post("/county/early-help/cases/" + selfId + "/decision", morgan,
                "{\"version\":" + Api.json(form.body()).get("version") + accept);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

        String missing = personWithBirth("county", pat, "Riley", "Hardcastle", LocalDate.now().minusYears(14));
        String missingReferral = "{\"indexChildId\":\"" + missing + "\",\"route\":\"MISSING_RETURN_INTERVIEW\","
                + "\"concerns\":\"Missing overnight, found in Mansfield\",\"believedLevel\":\"P2P_L3\","
                + "\"consentException\":\"MISSING_FROM_HOME_RETURN_INTERVIEW\",\"referrerContact\":\"PC 4321, 101\"";
        HttpResponse<String> noReturn = Api.post("/county/early-help/referrals", pat, missingReferral + "}");
        ApiAuthenticationIT.assertIsProblem(noReturn, 400);
        assertThat(noReturn.body()).contains("Give the date and time the child returned home");
        OffsetDateTime cameHome = OffsetDateTime.now(ZoneOffset.UTC).minusHours(10).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> returned = Api.post("/county/early-help/referrals", pat, missingReferral
                + ",\"returnedAt\":\"" + cameHome + "\"}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(201);
        String missingId = (String) Api.json(returned.body()).get("id");
        List<Map<String, Object>> frontDoor = Api.jsonArray(Api.get("/county/clocks?team=Front+door", morgan).body());
        assertThat(frontDoor).anySatisfy(c -> assertThat(c).containsEntry("subjectId", missingId)
                .containsEntry("standardId", "eh-return-interview")
                .satisfies(k -> assertThat(OffsetDateTime.parse((String) k.get("dueAt")).toInstant())
                        .isEqualTo(cameHome.plusHours(72).toInstant())));
        HttpResponse<String> interview = Api.post("/county/early-help/cases/" + missingId + "/contact", morgan, "{\"version\":"
                + version("county", missingId, morgan) + ",\"kind\":\"RETURN_INTERVIEW\",\"note\":\"Return interview at home\"}");
        assertThat(interview.statusCode()).as(interview.body()).isEqualTo(200);
        assertThat(Api.jsonArray(Api.get("/county/clocks?team=Front+door", morgan).body()))
                .noneSatisfy(c -> assertThat(c).containsEntry("subjectId", missingId).containsEntry("standardId", "eh-return-interview"));

        String stepped = personWithBirth("county", morgan, "Alex", "Hardcastle", LocalDate.now().minusYears(7));
        HttpResponse<String> stepDown = Api.post("/county/early-help/referrals", morgan, "{\"indexChildId\":\"" + stepped
                + "\",\"route\":\"STEP_DOWN\",\"concerns\":\"Child protection plan ended; family needs support\","
                + "\"believedLevel\":\"P2P_L3\",\"priorAssessmentOn\":\"" + LocalDate.now().minusWeeks(3) + "\"" + consent + "}");
        assertThat(stepDown.statusCode()).as(stepDown.body()).isEqualTo(201);
        String stepId = (String) Api.json(stepDown.body()).get("id");
        HttpResponse<String> withTeam = Api.post("/county/early-help/cases/" + stepId + "/decision", morgan,
                "{\"version\":" + version("county", stepId, morgan) + accept);
        assertThat(withTeam.statusCode()).as(withTeam.body()).isEqualTo(200);
        HttpResponse<String> allocated = Api.post("/county/early-help/cases/" + stepId + "/allocation", morgan, "{\"version\":"
                + Api.json(withTeam.body()).get("version") + ",\"worker\":\"morgan.county\"}");
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(200);
        List<Map<String, Object>> clocks = Api.jsonArray(Api.get("/county/clocks?team=county-ehcm-west", morgan).body());
        assertThat(clocks).as("social care's assessment is still current: no new one is due")
                .noneSatisfy(c -> assertThat(c).containsEntry("subjectId", stepId).containsEntry("standardId", "eh-assessment"))
                .anySatisfy(c -> assertThat(c).containsEntry("subjectId", stepId).containsEntry("standardId", "eh-first-home-visit"));
        assertThat(Api.jsonArray(Api.get("/county/early-help/cases/" + stepId + "/history", morgan).body()))
                .extracting(e -> e.get("kind")).contains("ASSESSMENT_CURRENT");

        // 002 §4-§5, §7e: work commissioned from the Interventions Team, in order, timed, closed after two non-engagements
        String interventions = "/county/early-help/cases/" + stepId + "/interventions";
        ApiAuthenticationIT.assertIsProblem(Api.post(interventions, morgan, "{\"kind\":\"INTERVENTION\"}"), 400);
        // issue 19: the work names the parenting course in the council's directory it refers the family to
        String course = (String) DirectoryIT.addService("county", DirectoryIT.admin("county"), DirectoryIT.serviceJson(
                DirectoryIT.organisation("county", "Interventions team " + stepId, null), "Parenting group", null, null, "")).get("id");
        HttpResponse<String> commissioned = Api.post(interventions, morgan, "{\"kind\":\"INTERVENTION\",\"worker\":\"cfw.county\","
                + "\"purpose\":\"Parenting support: routines and boundaries\",\"serviceId\":\"" + course + "\"}");
        assertThat(commissioned.statusCode()).as(commissioned.body()).isEqualTo(201);
        Map<String, Object> work = Api.json(commissioned.body());
        assertThat(work).containsEntry("serviceId", course).containsEntry("serviceName", "Parenting group");
        String steps = interventions + "/" + work.get("id") + "/steps";
        assertThat(Api.jsonArray(Api.get("/county/clocks?team=Interventions+Team&max=500", morgan).body()))
                .anySatisfy(c -> assertThat(c).containsEntry("subjectId", work.get("id")).containsEntry("standardId", "eh-in-planning"))
                .anySatisfy(c -> assertThat(c).containsEntry("subjectId", work.get("id")).containsEntry("standardId", "eh-in-open-12-weeks"));
        ApiAuthenticationIT.assertIsProblem(Api.post(steps, morgan, "{\"version\":" + work.get("version")
                + ",\"step\":\"PLAN_WRITTEN\",\"note\":\"Plan\"}"), 409);
        Object v = work.get("version");
        for (String step : List.of("PLANNING_MEETING", "FIRST_VISIT", "PLAN_WRITTEN", "NON_ENGAGEMENT")) {
            HttpResponse<String> r = Api.post(steps, morgan, "{\"version\":" + v + ",\"step\":\"" + step + "\",\"note\":\"Done\"}");
            assertThat(r.statusCode()).as(step + ": " + r.body()).isEqualTo(200);
            v = Api.json(r.body()).get("version");
        }
        assertThat(Api.jsonArray(Api.get("/county/clocks?team=Interventions+Team&max=500", morgan).body()))
                .anySatisfy(c -> assertThat(c).containsEntry("subjectId", work.get("id")).containsEntry("standardId", "eh-in-first-session"))
                .anySatisfy(c -> assertThat(c).containsEntry("subjectId", work.get("id")).containsEntry("standardId", "eh-in-review"))
                .noneSatisfy(c -> assertThat(c).containsEntry("subjectId", work.get("id")).containsEntry("standardId", "eh-in-plan"))
                .noneSatisfy(c -> assertThat(c).containsEntry("subjectId", work.get("id")).containsEntry("standardId", "eh-in-planning"));
        String closure = interventions + "/" + work.get("id") + "/closure";
        HttpResponse<String> tooSoon = Api.post(closure, morgan, "{\"version\":" + v + ",\"reason\":\"Not engaging\",\"nonEngagement\":true}");
        ApiAuthenticationIT.assertIsProblem(tooSoon, 409);
        assertThat(tooSoon.body()).contains("after 2 instances", "1 recorded so far");
        HttpResponse<String> second = Api.post(steps, morgan, "{\"version\":" + v + ",\"step\":\"NON_ENGAGEMENT\",\"note\":\"Missed again\"}");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        HttpResponse<String> closed = Api.post(closure, morgan, "{\"version\":" + Api.json(second.body()).get("version")
                + ",\"reason\":\"Discussed with the lead professional: close\",\"nonEngagement\":true}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(Api.jsonArray(Api.get("/county/clocks?team=Interventions+Team&max=500", morgan).body()))
                .noneSatisfy(c -> assertThat(c).containsEntry("subjectId", work.get("id")));
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/early-help/cases/" + stepId + "/interventions", Api.token("tess.citymanager")), 404);
    }

    /** RULES.md §0: thresholds are council data with effective dates; an administrator adds a version from a date. */
    @Test
    void anAdministratorVersionsTheThresholdFramework() {
        String ada = Api.token("ada.cityadmin");
        LocalDate from = LocalDate.now().plusDays(30 + (long) (Math.random() * 300));
        String body = "{\"code\":\"ADDITIONAL\",\"name\":\"Additional needs (revised)\",\"description\":\"Needs met by a"
                + " single agency or a CAF, as revised\",\"band\":\"Early help\",\"earlyHelp\":true,\"effectiveFrom\":\"" + from + "\"}";
        ApiAuthenticationIT.assertIsProblem(Api.post("/city/early-help/thresholds", Api.token("sam.school"), body), 403);
        HttpResponse<String> past = Api.post("/city/early-help/thresholds", ada, body.replace(from.toString(),
                LocalDate.now().minusDays(1).toString()));
        ApiAuthenticationIT.assertIsProblem(past, 400);
        assertThat(past.body()).contains("today or later");
        HttpResponse<String> added = Api.post("/city/early-help/thresholds", ada, body);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        ApiAuthenticationIT.assertIsProblem(Api.post("/city/early-help/thresholds", ada, body), 400);
        String tess = Api.token("tess.citymanager");
        assertThat(Api.jsonArray(Api.get("/city/early-help/thresholds?on=" + from, tess).body()))
                .anySatisfy(l -> assertThat(l).containsEntry("code", "ADDITIONAL").containsEntry("name", "Additional needs (revised)"));
        assertThat(Api.jsonArray(Api.get("/city/early-help/thresholds", tess).body()))
                .noneSatisfy(l -> assertThat(l).containsEntry("name", "Additional needs (revised)"));
        assertThat(Api.jsonArray(Api.get("/county/early-help/thresholds?on=" + from, Api.token("morgan.county")).body()))
                .noneSatisfy(l -> assertThat(l).containsEntry("name", "Additional needs (revised)"));
    }

    /** A council's administrator writes its own wording of a letter; new letters use it, the other council's do not. */
    @Test
    void aCouncilWritesItsOwnLetters() throws Exception {
        String cal = Api.token("cal.countyadmin");
        String morgan = Api.token("morgan.county");
        String templates = "/county/early-help/letter-templates";
        assertThat(Api.jsonArray(Api.get(templates, cal).body())).hasSize(4)
                .anySatisfy(t -> assertThat(t).containsEntry("kind", "REFERRAL_OUTCOME").containsEntry("councilsOwn", false));
        ApiAuthenticationIT.assertIsProblem(Api.put(templates + "/REFERRAL_OUTCOME", morgan, "{\"text\":\"x\"}"), 403);
        HttpResponse<String> unknown = Api.put(templates + "/REFERRAL_OUTCOME", cal,
                "{\"text\":\"Subject: Your referral\\n\\nDear ${parentName},\"}");
        ApiAuthenticationIT.assertIsProblem(unknown, 400);
        assertThat(unknown.body()).contains("no value for ${parentName}");
        String wording = "Subject: Your referral ${reference}\\n\\nDear ${referrerName}, Nottinghamshire's own wording:"
                + " ${decision} at level ${level}.\\n\\n${council}";
        HttpResponse<String> saved = Api.put(templates + "/REFERRAL_OUTCOME", cal, "{\"text\":\"" + wording + "\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Api.json(saved.body())).containsEntry("councilsOwn", true);
        ApiAuthenticationIT.assertIsProblem(Api.put(templates + "/REFERRAL_OUTCOME", cal, "{\"text\":\"" + wording + "\"}"), 409);
        try {
            String caseId = countySection136Referral(morgan, "Sky", "Letterby");
            HttpResponse<String> declined = Api.post("/county/early-help/cases/" + caseId + "/decision", morgan, "{\"version\":"
                    + version("county", caseId, morgan) + ",\"decision\":\"DECLINE\",\"decidedLevel\":\"P2P_L2\","
                    + "\"reasons\":\"Needs met by school with advice\"}");
            assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
            String text = countyLetterText(morgan, caseId, "REFERRAL_OUTCOME");
            assertThat(text).as("issue 22: the level in the framework's words, not its code")
                    .contains("Nottinghamshire's own wording", "Declined", "Level 2 (Targeted)").doesNotContain("P2P_L2");
            assertThat(Api.jsonArray(Api.get("/city/early-help/letter-templates", Api.token("ada.cityadmin")).body()))
                    .allSatisfy(t -> assertThat(t).containsEntry("councilsOwn", false));
        } finally {
            HttpResponse<String> reset = Api.call("DELETE", templates + "/REFERRAL_OUTCOME", cal);
            assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
            assertThat(Api.json(reset.body())).containsEntry("councilsOwn", false);
        }
    }

    /**
     * The final non-engagement letter gives the family the council's own time to answer (002 §3c3; issue 12: the
     * letter used the shipped 5 working days while the closure check read the council's setting).
     */
    @Test
    void theFinalLetterGivesTheCouncilsOwnTimeToAnswer() throws Exception {
        String cal = Api.token("cal.countyadmin");
        String morgan = Api.token("morgan.county");
        HttpResponse<String> set = Api.put("/county/admin/settings/early-help.final-letter-working-days", cal,
                "{\"value\":\"10\",\"effectiveFrom\":\"2014-01-01\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        String caseId = countySection136Referral(morgan, "Robin", "Answerby");
        String child = (String) Api.json(Api.get("/county/early-help/cases/" + caseId, morgan).body()).get("indexChildId");
        Object childVersion = Api.json(Api.get("/county/people/" + child, morgan).body()).get("version");
        HttpResponse<String> moved = Api.post("/county/people/" + child + "/addresses", morgan, "{\"line1\":\"3 Forest Road\","
                + "\"town\":\"Mansfield\",\"postcode\":\"ng181aa\",\"from\":\"" + LocalDate.now().minusYears(1) + "\",\"version\":"
                + childVersion + "}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(201);
        acceptAndAllocate(morgan, caseId, "county-ehcm-north", "P2P_L3", "Needs a lead professional", "morgan.county");
        HttpResponse<String> letter = Api.post("/county/early-help/cases/" + caseId + "/engagement-attempts", morgan,
                "{\"step\":\"FINAL_LETTER\",\"doneAt\":\"" + java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1)
                + "\",\"note\":\"Final letter sent\"}");
        assertThat(letter.statusCode()).as(letter.body()).isEqualTo(201);

        String text = countyLetterText(morgan, caseId, "FINAL_NON_ENGAGEMENT");
        assertThat(text).as("issue 22: the family's address under the addressee")
                .contains("To the parents or carers of Robin Answerby 3 Forest Road MANSFIELD NG18 1AA");
        assertThat(text).as("issue 22: the letter says how to reach the team").contains("please contact us on 0300 500 80 80");
        assertThat(text).as("issue 22: signed by the lead professional by name").contains("Morgan Hale, lead professional, ");
        java.util.regex.Matcher by = java.util.regex.Pattern.compile("contact us on .* by (\\d{1,2} [A-Z][a-z]+ \\d{4})\\. If we do not hear").matcher(text);
        assertThat(by.find()).as(text).isTrue();
        LocalDate answerBy = LocalDate.parse(by.group(1), java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
        // 10 working days: 10 weekdays after today, or a few more over bank holidays; the shipped 5 would be 5 to 8
        long weekdays = LocalDate.now().datesUntil(answerBy.plusDays(1)).skip(1).filter(d -> d.getDayOfWeek().getValue() < 6).count();
        assertThat(weekdays).as("weekdays until " + answerBy).isBetween(10L, 13L);
    }

    /**
     * A council administrator records how families and referrers reach a team (issue 22: the letters give it), from
     * the version read; a stale reading is refused, and nobody else may change it.
     */
    @Test
    void aCouncilAdministratorRecordsHowToReachATeam() {
        String cal = Api.token("cal.countyadmin");
        String morgan = Api.token("morgan.county");
        Map<String, Object> team = Api.jsonArray(Api.get("/county/early-help/teams", morgan).body()).stream()
                .filter(t -> "county-cc-north".equals(t.get("code"))).findFirst().orElseThrow();
        long v = ((Number) team.get("version")).longValue();
        String path = "/county/early-help/teams/county-cc-north/contact";
        String body = "{\"contact\":\"0115 977 4000 (Children's Centre North)\",\"version\":" + v + "}";
        ApiAuthenticationIT.assertIsProblem(Api.put(path, morgan, body), 403);
        HttpResponse<String> changed = Api.put(path, cal, body);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Api.json(changed.body())).containsEntry("contact", "0115 977 4000 (Children's Centre North)");
        ApiAuthenticationIT.assertIsProblem(Api.put(path, cal, body), 409);
        assertThat(Api.jsonArray(Api.get("/county/early-help/teams", morgan).body()))
                .anySatisfy(t -> assertThat(t).containsEntry("code", "county-cc-north")
                        .containsEntry("contact", "0115 977 4000 (Children's Centre North)"));
        ApiAuthenticationIT.assertIsProblem(Api.put("/county/early-help/teams/no-such-team/contact", cal, body), 404);
    }

    /** A consented Section 136 referral of a new child in the County, by {@code token}'s holder; the case's id. */
    private static String countySection136Referral(String token, String givenName, String familyName) {
        String child = personWithBirth("county", token, givenName, familyName, LocalDate.now().minusYears(9));
        HttpResponse<String> referred = Api.post("/county/early-help/referrals", token, "{\"indexChildId\":\"" + child
                + "\",\"route\":\"SECTION_136\",\"concerns\":\"Detained under s136 overnight\",\"believedLevel\":\"P2P_L3\","
                + "\"consentGivenBy\":\"Parent\",\"consentDate\":\"" + LocalDate.now() + "\",\"consentEvidence\":\"Call\","
                + "\"referrerContact\":\"0115 977 0001\"}");
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        return (String) Api.json(referred.body()).get("id");
    }

    /** The words of a County case's letter of this kind, read from its PDF, spaces collapsed. */
    private static String countyLetterText(String token, String caseId, String kind) throws java.io.IOException {
        List<Map<String, Object>> letters = Api.jsonArray(Api.get("/county/early-help/cases/" + caseId + "/letters", token).body());
        Object id = letters.stream().filter(l -> kind.equals(l.get("kind"))).findFirst().orElseThrow().get("id");
        byte[] pdf = Api.bytes("/county/early-help/cases/" + caseId + "/letters/" + id, token);
        return new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf)).getTextFromPage(1)
                .replaceAll("\\s+", " ");
    }

    /** The running clock of a standard on a City case (Bestwood's team). */
    private static Map<String, Object> clockOf(String token, String caseId, String standardId) {
        return Api.jsonArray(Api.get("/city/clocks?team=city-hub-bestwood&max=500", token).body()).stream()
                .filter(c -> caseId.equals(c.get("subjectId")) && standardId.equals(c.get("standardId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no running " + standardId + " clock on " + caseId));
    }

    /**
     * 002 §3a3: a group manager reviews a case waiting over 10 weeks; the review is recorded and times the next.
     * 002 §3a7, §2a15: a missing-from-home referral is allocated to a Rapid Assessment Worker within 24 hours.
     * County rules, on a County case (issue 23: the City takes no missing-from-home route; its referral is refused).
     */
    @Test
    void aGroupManagerReviewsAWaitingCaseAndRapidAssessmentsAreTimed() {
        String morgan = Api.token("morgan.county");
        String glen = Api.token("glen.countygroup");
        String child = personWithBirth("county", morgan, "Rowan", "Waite", LocalDate.now().minusYears(12));
        String missingReferral = "{\"indexChildId\":\"" + child + "\","
                + "\"route\":\"MISSING_RETURN_INTERVIEW\",\"concerns\":\"Missing overnight, came home this morning\","
                + "\"believedLevel\":\"%s\",\"consentGivenBy\":\"Parent\",\"consentDate\":\"" + LocalDate.now()
                + "\",\"consentEvidence\":\"Call\",\"referrerContact\":\"0115 915 0000\",\"returnedAt\":\""
                + java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(3) + "\"}";
        String sam = Api.token("sam.school");
        String cityChild = personWithBirth("city", sam, "Rowan", "Waite", LocalDate.now().minusYears(12));
        HttpResponse<String> inTheCity = Api.post("/city/early-help/referrals", sam,
                String.format(missingReferral, "ADDITIONAL").replace(child, cityChild));
        ApiAuthenticationIT.assertIsProblem(inTheCity, 400);
        assertThat(inTheCity.body()).as("the City's routes are its own (issue 23)").contains("\"field\":\"route\"",
                "This council does not take referrals by missing-from-home return interview");

        HttpResponse<String> referred = Api.post("/county/early-help/referrals", morgan, String.format(missingReferral, "P2P_L3"));
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        String caseId = (String) Api.json(referred.body()).get("id");
        HttpResponse<String> decided = Api.post("/county/early-help/cases/" + caseId + "/decision", morgan, "{\"version\":"
                + version("county", caseId, morgan) + ",\"decision\":\"ACCEPT_TO_TEAM\",\"teamCode\":\"county-ehcm-west\","
                + "\"decidedLevel\":\"P2P_L3\",\"reasons\":\"Return interview and follow-up\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(countyClockOf(morgan, caseId, "eh-raw-missing")).containsEntry("dueRule", "24 hours");

        HttpResponse<String> waiting = Api.post("/county/early-help/cases/" + caseId + "/waiting-list", morgan, "{\"version\":"
                + Api.json(decided.body()).get("version") + ",\"risk\":\"AMBER\",\"existingSupport\":\"MEDIUM\"}");
        assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(200);
        Object firstReview = countyClockOf(morgan, caseId, "eh-waiting-review").get("id");
        String review = "/county/early-help/cases/" + caseId + "/waiting-review";
        ApiAuthenticationIT.assertIsProblem(Api.post(review, morgan, "{\"note\":\"x\"}"), 403);
        ApiAuthenticationIT.assertIsProblem(Api.post(review, glen, "{}"), 400);
        HttpResponse<String> reviewed = Api.post(review, glen, "{\"note\":\"Still the right priority; RAW visit this week\"}");
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
        assertThat(countyClockOf(morgan, caseId, "eh-waiting-review").get("id")).as("the next review is timed afresh")
                .isNotEqualTo(firstReview);
        assertThat(Api.jsonArray(Api.get("/county/early-help/cases/" + caseId + "/history", morgan).body()))
                .anySatisfy(e -> assertThat(e).containsEntry("kind", "WAITING_REVIEWED"));

        HttpResponse<String> allocated = Api.post("/county/early-help/cases/" + caseId + "/allocation", morgan, "{\"version\":"
                + version("county", caseId, morgan) + ",\"worker\":\"morgan.county\"}");
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(200);
        assertThat(Api.jsonArray(Api.get("/county/clocks?team=county-ehcm-west&max=500", morgan).body()))
                .as("allocation meets the Rapid Assessment allocation and ends the waiting reviews")
                .noneSatisfy(c -> assertThat(c).containsEntry("subjectId", caseId).containsEntry("standardId", "eh-raw-missing"))
                .noneSatisfy(c -> assertThat(c).containsEntry("subjectId", caseId).containsEntry("standardId", "eh-waiting-review"));
        ApiAuthenticationIT.assertIsProblem(Api.post(review, glen, "{\"note\":\"too late\"}"), 409);
    }

    /** The running clock of a standard on a County case of the West case management team. */
    private static Map<String, Object> countyClockOf(String token, String caseId, String standardId) {
        return Api.jsonArray(Api.get("/county/clocks?team=county-ehcm-west&max=500", token).body()).stream()
                .filter(c -> caseId.equals(c.get("subjectId")) && standardId.equals(c.get("standardId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no running " + standardId + " clock on " + caseId));
    }

    /**
     * RULES.md §3 first bullet (002 §1b1, §3a5): a family stepped down from social care goes to early help case
     * management whatever the children's ages; a two year old referred any other way goes to the Children's Centre.
     */
    @Test
    void aStepDownGoesToCaseManagementWhateverTheChildrensAges() {
        String morgan = Api.token("morgan.county");
        String consent = ",\"consentGivenBy\":\"Parent\",\"consentDate\":\"" + LocalDate.now()
                + "\",\"consentEvidence\":\"Phone call, noted\",\"referrerContact\":\"0115 977 0002\"";
        String toddler = personWithBirth("county", morgan, "Frankie", "Stepworth", LocalDate.now().minusYears(2));
        HttpResponse<String> stepDown = Api.post("/county/early-help/referrals", morgan, "{\"indexChildId\":\"" + toddler
                + "\",\"route\":\"STEP_DOWN\",\"concerns\":\"Child protection plan ended; family needs support\","
                + "\"believedLevel\":\"P2P_L3\",\"priorAssessmentOn\":\"" + LocalDate.now().minusWeeks(2) + "\"" + consent + "}");
        assertThat(stepDown.statusCode()).as(stepDown.body()).isEqualTo(201);
        String stepId = (String) Api.json(stepDown.body()).get("id");
        assertThat(Api.json(Api.get("/county/early-help/cases/" + stepId + "/route", morgan).body()))
                .containsEntry("teamKind", "EARLY_HELP");

        String anotherToddler = personWithBirth("county", morgan, "Jesse", "Stepworth", LocalDate.now().minusYears(2));
        HttpResponse<String> self = Api.post("/county/early-help/referrals", morgan, "{\"indexChildId\":\"" + anotherToddler
                + "\",\"route\":\"SELF_REFERRAL\",\"concerns\":\"Mother phoned: struggling with sleep and routines\","
                + "\"believedLevel\":\"P2P_L3\"" + consent + "}");
        assertThat(self.statusCode()).as(self.body()).isEqualTo(201);
        assertThat(Api.json(Api.get("/county/early-help/cases/" + Api.json(self.body()).get("id") + "/route", morgan).body()))
                .containsEntry("teamKind", "CHILDRENS_CENTRE");
    }

    /**
     * 002 §3b4: a family meeting two or more family programme criteria needs a plan target for each. Referred for
     * school attendance with a target on domestic abuse, the family meets two: the plan is refused until attendance
     * has its target too.
     */
    @Test
    void aPlanNeedsATargetForEachProgrammeCriterionMet() {
        String morgan = Api.token("morgan.county");
        String caseId = allocatedCountyAttendanceCase(morgan, "Casey", "Planford");
        HttpResponse<String> assessed = Api.post("/county/early-help/cases/" + caseId + "/assessment", morgan,
                "{\"version\":" + version("county", caseId, morgan) + ",\"summary\":\"Attendance 84%; domestic abuse at home\"}");
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
        String target = "{\"need\":\"%s\",\"target\":\"%s\",\"measure\":\"Reviewed at the TAF\",\"owner\":\"Mother and case manager\","
                + "\"dueOn\":\"" + LocalDate.now().plusWeeks(8) + "\",\"criterion\":\"%s\"}";
        HttpResponse<String> safety = Api.post("/county/early-help/cases/" + caseId + "/targets", morgan,
                target.formatted("Safety at home", "Mother has a safety plan with the domestic abuse service", "DOMESTIC_ABUSE"));
        assertThat(safety.statusCode()).as(safety.body()).isEqualTo(201);
        HttpResponse<String> refused = Api.post("/county/early-help/cases/" + caseId + "/plan", morgan,
                "{\"version\":" + version("county", caseId, morgan) + "}");
        ApiAuthenticationIT.assertIsProblem(refused, 409);
        assertThat(refused.body()).contains("needs a target for each of them", "School attendance");
        HttpResponse<String> attendance = Api.post("/county/early-help/cases/" + caseId + "/targets", morgan,
                target.formatted("Attendance", "At school on time every day", "SCHOOL_ATTENDANCE"));
        assertThat(attendance.statusCode()).as(attendance.body()).isEqualTo(201);
        HttpResponse<String> agreed = Api.post("/county/early-help/cases/" + caseId + "/plan", morgan,
                "{\"version\":" + version("county", caseId, morgan) + "}");
        assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(200);
        assertThat(Api.json(agreed.body())).containsEntry("stage", "PLAN");
    }

    /**
     * RULES.md §3 "Closure": a family referred for school attendance is not closed for non-engagement, because the
     * law requires us to stay involved (002 §3b4, §3c3); a Children's Centre case closes after three attempted
     * contacts, the third the follow-up letter (002 §6d), once the time the letter gives is over.
     */
    @Test
    void nonEngagementClosureFollowsTheLawAndTheTeam() throws Exception {
        String morgan = Api.token("morgan.county");
        String attendanceId = allocatedCountyAttendanceCase(morgan, "Alexis", "Closeby");
        String nonEngagement = ",\"outcome\":\"NON_ENGAGEMENT\",\"reasons\":\"No contact from the family\","
                + "\"programmeStatus\":\"NOT_ELIGIBLE\"}";
        HttpResponse<String> refused = Api.post("/county/early-help/cases/" + attendanceId + "/closure", morgan,
                "{\"version\":" + version("county", attendanceId, morgan) + nonEngagement);
        ApiAuthenticationIT.assertIsProblem(refused, 409);
        assertThat(refused.body()).contains("the law requires us to stay involved", "Write the Family Action Plan without their consent");

        String toddler = personWithBirth("county", morgan, "Robin", "Closeby", LocalDate.now().minusYears(3));
        HttpResponse<String> referred = Api.post("/county/early-help/referrals", morgan, "{\"indexChildId\":\"" + toddler
                + "\",\"route\":\"EARLY_HELP_ASSESSMENT\",\"concerns\":\"Speech delay; mother isolated\",\"believedLevel\":\"P2P_L3\","
                + "\"assessmentForm\":\"Robin not yet talking; mother wants a group to go to\",\"consentGivenBy\":\"Mother\","
                + "\"consentDate\":\"" + LocalDate.now() + "\",\"consentEvidence\":\"Signed EHAF\",\"referrerContact\":\"0115 977 0004\"}");
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        String ccId = (String) Api.json(referred.body()).get("id");
        acceptAndAllocate(morgan, ccId, "county-cc-south", "P2P_L3", "Under 5: Children's Centre", "morgan.county");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // issue 22: nobody tries to engage a family before they are referred; the case was referred today
        HttpResponse<String> beforeReferral = Api.post("/county/early-help/cases/" + ccId + "/engagement-attempts", morgan,
                "{\"step\":\"CALLS_AND_TEXTS\",\"doneAt\":\"" + now.minusDays(2) + "\",\"note\":\"No answer\"}");
        ApiAuthenticationIT.assertIsProblem(beforeReferral, 400);
        assertThat(beforeReferral.body()).contains("\"field\":\"doneAt\"", "on or after the day the family was referred");
        // the case as if referred 45 days ago (the server keeps no copy of it between requests: no shared cache)
        try (java.sql.Connection db = PortalStack.database().superuserConnection();
                java.sql.PreparedStatement back = db.prepareStatement(
                        "update eh_case set received_at = received_at - interval '45 days' where id = ?::uuid")) {
            back.setString(1, ccId);
            assertThat(back.executeUpdate()).isEqualTo(1);
        }
        // dated well before any council's time to answer the letter (5 working days shipped, 10 in another test)
        for (Object[] attempt : List.of(new Object[] {"CALLS_AND_TEXTS", now.minusDays(40)},
                new Object[] {"UNANNOUNCED_VISIT", now.minusDays(38)}, new Object[] {"FINAL_LETTER", now.minusDays(35)})) {
            HttpResponse<String> r = Api.post("/county/early-help/cases/" + ccId + "/engagement-attempts", morgan,
                    "{\"step\":\"" + attempt[0] + "\",\"doneAt\":\"" + attempt[1] + "\",\"note\":\"No answer\"}");
            assertThat(r.statusCode()).as(attempt[0] + ": " + r.body()).isEqualTo(201);
        }
        java.time.format.DateTimeFormatter longDate = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);
        java.time.LocalDate sent = now.minusDays(35).atZoneSameInstant(java.time.ZoneId.of("Europe/London")).toLocalDate();
        assertThat(countyLetterText(morgan, ccId, "FINAL_NON_ENGAGEMENT")).as("issue 22: dated as sent, not as recorded")
                .contains(sent.format(longDate)).doesNotContain(LocalDate.now().format(longDate));
        HttpResponse<String> closed = Api.post("/county/early-help/cases/" + ccId + "/closure", morgan,
                "{\"version\":" + version("county", ccId, morgan) + nonEngagement);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(Api.json(closed.body())).containsEntry("stage", "CLOSED");
    }

    /**
     * A County attendance referral (below 90% with unauthorised absence, no consent needed: 002 §1b4) of a new
     * 12 year old, made, accepted to the West case management team and allocated to morgan.county by
     * {@code token}'s holder; the case's id.
     */
    /**
     * Issue 23: County's operating model keeps its teams as case holders. Its lead professional may bring a partner into
     * the team around the family, who then opens that case, but cannot hand the case to them.
     */
    @Test
    void countyTeamsHoldTheirCasesThoughPartnersJoinTheTeam() {
        String morgan = Api.token("morgan.county");
        String caseId = allocatedCountyAttendanceCase(morgan, "Jordan", TestNames.unique("Holder"));
        String pat = Api.token("pat.police");
        ApiAuthenticationIT.assertIsProblem(Api.get("/county/early-help/cases/" + caseId, pat), 404);
        HttpResponse<String> invited = Api.post("/county/early-help/cases/" + caseId + "/team", morgan, "{\"userName\":\"pat.police\"}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        assertThat(Api.get("/county/early-help/cases/" + caseId, pat).statusCode()).isEqualTo(200);
        HttpResponse<String> handed = Api.put("/county/early-help/cases/" + caseId + "/lead-professional", morgan,
                "{\"version\":" + version("county", caseId, morgan) + ",\"userName\":\"pat.police\"}");
        ApiAuthenticationIT.assertIsProblem(handed, 400);
        assertThat(handed.body()).contains("a case worker of the council holds the case");
    }

    static String allocatedCountyAttendanceCase(String token, String givenName, String familyName) {
        String child = personWithBirth("county", token, givenName, familyName, LocalDate.now().minusYears(12));
        HttpResponse<String> referred = Api.post("/county/early-help/referrals", token, "{\"indexChildId\":\"" + child
                + "\",\"route\":\"ATTENDANCE\",\"concerns\":\"Attendance 84% this term, mostly unauthorised\","
                + "\"believedLevel\":\"P2P_L3\",\"consentException\":\"PERSISTENT_ABSENCE\",\"referrerContact\":\"0115 977 0003\","
                + "\"assessmentForm\":\"Late most days; mother struggling with mornings\"}");
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        String caseId = (String) Api.json(referred.body()).get("id");
        acceptAndAllocate(token, caseId, "county-ehcm-west", "P2P_L3", "Persistent absence", "morgan.county");
        return caseId;
    }

    /** The front door accepts a County case to a team at a level, and the team allocates it to a worker. */
    private static void acceptAndAllocate(String token, String caseId, String team, String level, String reasons, String worker) {
        HttpResponse<String> decided = Api.post("/county/early-help/cases/" + caseId + "/decision", token, "{\"version\":"
                + version("county", caseId, token) + ",\"decision\":\"ACCEPT_TO_TEAM\",\"teamCode\":\"" + team + "\","
                + "\"decidedLevel\":\"" + level + "\",\"reasons\":\"" + reasons + "\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        HttpResponse<String> allocated = Api.post("/county/early-help/cases/" + caseId + "/allocation", token, "{\"version\":"
                + Api.json(decided.body()).get("version") + ",\"worker\":\"" + worker + "\"}");
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(200);
    }
}
