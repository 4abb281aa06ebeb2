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
 * The City's multi-agency CAF on the real stack (issue 23; RULES.md §3 "City model", seed 001): a school practitioner
 * starts a CAF and leads it (001 L1146-1150, L1164-1173), with early help only at Additional or Extensive (L1128,
 * L1162); invites a health practitioner into the Team around the Child, who then opens that case and no other (RULES.md
 * §2), and an agency taken off the team loses it; reviews at the City's frequency (L1626), the Multi-Agency Forum, a
 * step down, a new lead professional from another agency, then a step up to social care that closes the case with a
 * core hand-off (L1126, L1151); the City's CAF measures count it (L882, L2086-2090). County's partners refer; its
 * teams hold cases.
 */
@ExtendWith(ArquillianExtension.class)
class CityCafJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    private static String child(String tenant, String token, String given, String family, int age) {
        HttpResponse<String> r = Api.post("/" + tenant + "/people", token, "{\"givenName\":\"" + given + "\",\"familyName\":\""
                + family + "\",\"dateOfBirth\":\"" + LocalDate.now().minusYears(age) + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return (String) Api.json(r.body()).get("id");
    }

    private static String caf(String childId, String level) {
        return "{\"indexChildId\":\"" + childId + "\",\"route\":\"EARLY_HELP_ASSESSMENT\",\"concerns\":\"Low mood, missing school,"
                + " father's drinking\",\"believedLevel\":\"" + level + "\",\"assessmentForm\":\"CAF started at school\","
                + "\"consentGivenBy\":\"Dana Okoro (mother)\",\"consentDate\":\"" + LocalDate.now() + "\",\"consentEvidence\":"
                + "\"Signed CAF consent\",\"referrerContact\":\"0115 915 1000\"}";
    }

    private static long version(String caseId, String token) {
        HttpResponse<String> r = Api.get("/city/early-help/cases/" + caseId, token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return ((Number) Api.json(r.body()).get("version")).longValue();
    }

    @Test
    void aSchoolLeadsACafWithHealthInTheTeamAroundTheChildAndStepsItUpToSocialCare() {
        String sam = Api.token("sam.school");
        String jo = Api.token("jo.health");
        String pat = Api.token("pat.police");
        String gill = Api.token("gill.citygroup");
        String family = TestNames.unique("Okoro");

        // County: partners refer, the council's teams hold cases (002 §2a15, §3a)
        String countyChild = child("county", pat, "Ife", family, 10);
        HttpResponse<String> county = Api.post("/county/early-help/cafs", pat, caf(countyChild, "P2P_L3"));
        ApiAuthenticationIT.assertIsProblem(county, 409);
        assertThat(county.body()).contains("early help teams hold cases", "make a referral instead");

        // 001 L1128, L1162: a CAF only at Additional or Extensive
        String childId = child("city", sam, "Tobi", family, 11);
        HttpResponse<String> childInNeed = Api.post("/city/early-help/cafs", sam, caf(childId, "CHILD_IN_NEED"));
        ApiAuthenticationIT.assertIsProblem(childInNeed, 400);
        assertThat(childInNeed.body()).contains("\"field\":\"believedLevel\"", "Children and Families Direct");
        assertThat(Api.jsonArray(Api.get("/city/people/" + childId + "/consents", Api.token("casey.city")).body())).as("nothing half-saved").isEmpty();

        HttpResponse<String> started = Api.post("/city/early-help/cafs", sam, caf(childId, "EXTENSIVE"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        Map<String, Object> caf = Api.json(started.body());
        String caseId = (String) caf.get("id");
        assertThat(caf).as("001 L1146-1150: the practitioner who starts the CAF holds it").containsEntry("stage", "ALLOCATED")
                .containsEntry("leadProfessional", "sam.school").containsEntry("decidedLevel", "EXTENSIVE");
        assertThat(Api.jsonArray(Api.get("/city/clocks?team=Team+around+the+Child&max=500", gill).body()))
                .as("no rule of County's (002 §3b6, §3d5, §3c5) times the City's CAF")
                .noneSatisfy(c -> assertThat(c).containsEntry("subjectId", caseId));

        // RULES.md §2: only the lead professional and the team open the case; anyone else is told it does not exist
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/early-help/cases/" + caseId, jo), 404);
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/early-help/cases/" + caseId, pat), 404);
        ApiAuthenticationIT.assertIsProblem(Api.get("/county/early-help/cases/" + caseId, pat), 404);
        assertThat(Api.jsonArray(Api.get("/city/early-help/cafs/mine", sam).body())).extracting(c -> c.get("id")).contains(caseId);

        HttpResponse<String> nobody = Api.post("/city/early-help/cases/" + caseId + "/team", sam, "{\"userName\":\"nobody.here\"}");
        ApiAuthenticationIT.assertIsProblem(nobody, 400);
        assertThat(nobody.body()).contains("\"field\":\"userName\"");
        HttpResponse<String> countyOnly = Api.post("/city/early-help/cases/" + caseId + "/team", sam, "{\"userName\":\"morgan.county\"}");
        ApiAuthenticationIT.assertIsProblem(countyOnly, 400);
        HttpResponse<String> invited = Api.post("/city/early-help/cases/" + caseId + "/team", sam, "{\"userName\":\"jo.health\"}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        assertThat(Api.json(invited.body())).containsEntry("agency", "Health").containsEntry("part", "Team around the Child");
        ApiAuthenticationIT.assertIsProblem(Api.post("/city/early-help/cases/" + caseId + "/team", sam,
                "{\"userName\":\"jo.health\"}"), 409);
        assertThat(Api.get("/city/early-help/cases/" + caseId, jo).statusCode()).isEqualTo(200);
        assertThat(Api.jsonArray(Api.get("/city/early-help/cafs/mine", jo).body())).extracting(c -> c.get("id")).contains(caseId);
        assertThat(Api.get("/city/people/" + childId, jo).statusCode()).as("RULES.md §2: a child whose team they are in")
                .isEqualTo(200);
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/people/" + childId, pat), 404);

        // a member of one team opens that case and no other: every case endpoint on another CAF answers 404
        String otherChild = child("city", sam, "Remi", family, 7);
        String otherCase = (String) Api.json(Api.post("/city/early-help/cafs", sam, caf(otherChild, "ADDITIONAL")).body()).get("id");
        for (String path : List.of("", "/history", "/targets", "/taf-meetings", "/team", "/disputes")) {
            ApiAuthenticationIT.assertIsProblem(Api.get("/city/early-help/cases/" + otherCase + path, jo), 404);
        }
        ApiAuthenticationIT.assertIsProblem(Api.post("/city/early-help/cases/" + otherCase + "/contact", jo,
                "{\"version\":0,\"kind\":\"PHONE\",\"note\":\"x\"}"), 404);

        // a member works with the family; only the lead professional changes the case
        HttpResponse<String> notLead = Api.post("/city/early-help/cases/" + caseId + "/team", jo, "{\"userName\":\"pat.police\"}");
        ApiAuthenticationIT.assertIsProblem(notLead, 409);
        assertThat(notLead.body()).contains("Only the lead professional");
        assertThat(Api.post("/city/early-help/cases/" + caseId + "/disputes", jo, "{\"about\":\"x\"}").body())
                .as("a member does not raise the case's disputes").contains("Only the lead professional");
        ApiAuthenticationIT.assertIsProblem(Api.post("/city/early-help/cases/" + caseId + "/disputes/feedback", jo,
                "{\"feedback\":\"x\"}"), 403);
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/early-help/cases/" + caseId + "/letters", jo), 403);
        HttpResponse<String> contact = Api.post("/city/early-help/cases/" + caseId + "/contact", jo, "{\"version\":"
                + version(caseId, jo) + ",\"kind\":\"FACE_TO_FACE\",\"note\":\"School nurse saw Tobi: low mood, sleeping badly\"}");
        assertThat(contact.statusCode()).as(contact.body()).isEqualTo(200);

        HttpResponse<String> assessed = Api.post("/city/early-help/cases/" + caseId + "/assessment", sam, "{\"version\":"
                + version(caseId, sam) + ",\"summary\":\"Tobi's mood and attendance; father's drinking\",\"domains\":{"
                + "\"CHILD_DEVELOPMENT\":\"Low mood, attendance 82%\",\"PARENTS_AND_CARERS\":\"Mother coping, father drinking\","
                + "\"FAMILY_AND_ENVIRONMENT\":\"Overcrowded flat\"}}");
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
        HttpResponse<String> target = Api.post("/city/early-help/cases/" + caseId + "/targets", sam, "{\"need\":\"Mood\","
                + "\"target\":\"Tobi sees the school counsellor weekly\",\"measure\":\"Sessions attended\",\"owner\":\"School\","
                + "\"dueOn\":\"" + LocalDate.now().plusWeeks(6) + "\"}");
        assertThat(target.statusCode()).as(target.body()).isEqualTo(201);
        assertThat(Api.post("/city/early-help/cases/" + caseId + "/plan", sam, "{\"version\":" + version(caseId, sam) + "}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> review = Api.post("/city/early-help/cases/" + caseId + "/taf-meetings", jo, "{\"heldOn\":\""
                + LocalDate.now() + "\",\"familyPresent\":true,\"review\":true,\"attendees\":\"Dana, Tobi, school, school nurse\","
                + "\"summary\":\"Counselling started; mood a little better\"}");
        assertThat(review.statusCode()).as(review.body()).isEqualTo(201);
        HttpResponse<String> forum = Api.post("/city/early-help/cases/" + caseId + "/multi-agency-forum", sam,
                "{\"reasons\":\"Housing: the family needs a bigger home\"}");
        assertThat(forum.statusCode()).as(forum.body()).isEqualTo(201);

        // 001 L1126, L1151: the level changes while the case is open, and its history is kept
        HttpResponse<String> down = Api.post("/city/early-help/cases/" + caseId + "/level", sam, "{\"version\":"
                + version(caseId, sam) + ",\"level\":\"ADDITIONAL\",\"reasons\":\"Counselling working; father in treatment\"}");
        assertThat(down.statusCode()).as(down.body()).isEqualTo(200);
        assertThat(Api.json(down.body())).containsEntry("decidedLevel", "ADDITIONAL").containsEntry("stage", "PLAN");

        // an agency taken off the team loses the case at once
        assertThat(Api.post("/city/early-help/cases/" + caseId + "/team", sam, "{\"userName\":\"pat.police\"}").statusCode())
                .isEqualTo(201);
        assertThat(Api.get("/city/early-help/cases/" + caseId, pat).statusCode()).isEqualTo(200);
        HttpResponse<String> off = Api.call("DELETE", "/city/early-help/cases/" + caseId + "/team/pat.police", sam);
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/early-help/cases/" + caseId, pat), 404);
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/people/" + childId, pat), 404);
        assertThat(Api.jsonArray(Api.get("/city/early-help/cases/" + caseId + "/team", sam).body()))
                .anySatisfy(m -> assertThat(m).containsEntry("userName", "pat.police").satisfies(p -> assertThat(p.get("until")).isNotNull()))
                .anySatisfy(m -> assertThat(m).containsEntry("userName", "jo.health").satisfies(p -> assertThat(p.get("until")).isNull()));

        // a lead professional from another agency (001 L1146-1150); the school stays in the team
        HttpResponse<String> handed = Api.put("/city/early-help/cases/" + caseId + "/lead-professional", sam,
                "{\"version\":" + version(caseId, sam) + ",\"userName\":\"jo.health\"}");
        assertThat(handed.statusCode()).as(handed.body()).isEqualTo(200);
        assertThat(Api.json(handed.body())).containsEntry("leadProfessional", "jo.health");
        assertThat(Api.get("/city/early-help/cases/" + caseId, sam).statusCode()).isEqualTo(200);
        ApiAuthenticationIT.assertIsProblem(Api.post("/city/early-help/cases/" + caseId + "/level", sam, "{\"version\":"
                + version(caseId, sam) + ",\"level\":\"PROTECTION\",\"reasons\":\"x\"}"), 409);

        HttpResponse<String> closedAsSteppedUp = Api.post("/city/early-help/cases/" + caseId + "/closure", jo, "{\"version\":"
                + version(caseId, jo) + ",\"outcome\":\"STEPPED_UP\",\"reasons\":\"x\"}");
        ApiAuthenticationIT.assertIsProblem(closedAsSteppedUp, 400);
        assertThat(closedAsSteppedUp.body()).as("a step up goes through the level, which hands the family on")
                .contains("Step the case up from its level of need");
        // a step up to social care: the case closes and the family is handed on
        HttpResponse<String> up = Api.post("/city/early-help/cases/" + caseId + "/level", jo, "{\"version\":"
                + version(caseId, jo) + ",\"level\":\"PROTECTION\",\"reasons\":\"Disclosure at school: father violent when drunk\"}");
        assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
        assertThat(Api.json(up.body())).containsEntry("stage", "CLOSED").containsEntry("closureOutcome", "STEPPED_UP")
                .containsEntry("decidedLevel", "PROTECTION");
        assertThat(Api.json(up.body()).get("programmeStatus")).as("the City asks for no family programme status").isNull();
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/early-help/cases/" + caseId, sam), 404);
        assertThat(Api.get("/city/early-help/cases/" + caseId, jo).statusCode()).as("the lead professional keeps their case")
                .isEqualTo(200);
        assertThat(Api.jsonArray(Api.get("/city/early-help/cases/" + caseId + "/history", jo).body()))
                .extracting(e -> e.get("kind")).containsSubsequence("CAF_STARTED", "TEAM_JOINED", "CONTACT", "ASSESSED",
                        "PLAN_AGREED", "MULTI_AGENCY_FORUM", "LEVEL_CHANGED", "TEAM_JOINED", "TEAM_LEFT", "LEAD_CHANGED",
                        "LEVEL_CHANGED", "STEPPED_UP_TO_SOCIAL_CARE", "CLOSED");

        // every grant and removal is in the audit trail
        List<Map<String, Object>> audit = Api.jsonArray(Api.get("/city/admin/audit?type=early-help-case&id=" + caseId + "&max=500",
                Api.token("ada.cityadmin")).body());
        assertThat(audit).extracting(e -> String.valueOf(e.get("reason")))
                .anySatisfy(r -> assertThat(r).contains("access granted to jo.health (Health) as Team around the Child"))
                .as("the team sees the case while it is open: the school, a member since it handed over the lead, no longer")
                .anySatisfy(r -> assertThat(r).contains("access of pat.police taken back"));

        // 001 L882, L2086-2090: CAFs initiated per 10,000 children, closures escalated
        HttpResponse<String> report = Api.get("/city/early-help/reports/caf", Api.token("robin.performance"));
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> year = (Map<String, Object>) Api.json(report.body()).get("year");
        assertThat(((Number) year.get("initiated")).longValue()).isGreaterThanOrEqualTo(2);
        assertThat(((Number) year.get("escalated")).longValue()).isGreaterThanOrEqualTo(1);
        assertThat(year.get("initiatedPer10000")).as("the City's child population is its data").isNotNull();
        assertThat(Api.bytes("/city/early-help/reports/caf.xlsx", Api.token("robin.performance"))).startsWith((byte) 'P', (byte) 'K');
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/early-help/reports/caf", sam), 403);
    }
}
