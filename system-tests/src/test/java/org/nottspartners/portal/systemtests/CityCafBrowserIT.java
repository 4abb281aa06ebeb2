package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The City's multi-agency CAF in Chromium (issue 23; RULES.md §3 "City model", 001 L1146-1173, L1617-1626, L1126):
 * a school practitioner finds a child, starts a CAF and leads it; invites a health practitioner into the Team around
 * the Child, who finds the case under "Cases I lead or support", holds a review there, and cannot open a case they are
 * not in; the school steps the case up to social care; the performance team reads the CAF measures (001 L882,
 * L2086-2090). Each page passes both accessibility engines.
 */
@ExtendWith(ArquillianExtension.class)
class CityCafBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void aSchoolStartsACafInvitesHealthWhoReviewsItAndTheSchoolStepsItUp() {
        String family = TestNames.unique("Adeyemi");
        String caseUrl;
        String reference;
        try (Browser school = new Browser()) {
            school.signIn(Deployments.PORTAL + "/", "sam.school");
            school.clickAndWait(By.linkText("Refer a family for early help"));
            school.clickAndWait(By.id("find-child"));
            school.type(By.id("find:name"), "Zara " + family);
            school.clickAndWait(By.id("find:search"));
            school.clickAndWait(By.cssSelector("a.record-new"));
            school.type(By.id("person:dateOfBirth"), LocalDate.now().minusYears(12).toString());
            school.clickAndWait(By.id("person:save"));
            school.clickAndWait(By.linkText("Refer this child for early help"));
            assertThat(school.text(By.id("caf-choice"))).contains("start the CAF yourself", "Children and Families Direct");
            school.type(By.id("referral:concerns"), "Anxious, not eating at school, parents separating");
            school.type(By.id("referral:assessmentForm"), "Zara wants help; mother agrees to a CAF");
            school.select(By.id("referral:believedLevel"), "EXTENSIVE");
            school.type(By.id("referral:consentGivenBy"), "Mother");
            school.type(By.id("referral:consentDate"), LocalDate.now().toString());
            school.type(By.id("referral:consentEvidence"), "Signed CAF consent form");
            school.type(By.id("referral:referrerContact"), "0115 915 2000");
            school.clickAndWait(By.id("referral:startCaf"));
            assertThat(school.text(By.id("done"))).contains("started: you are its lead professional");
            assertThat(school.text(By.id("stage"))).isEqualTo("Allocated, assessing");
            assertThat(school.text(By.id("lead"))).contains("sam.school");
            assertThat(school.accessibilityViolations()).isEmpty();
            caseUrl = school.currentUrl().replaceAll("&done=.*", "");
            reference = school.heading().split(":")[0];

            school.select(By.id("invite:invitee"), "jo.health");
            school.clickAndWait(By.id("invite:inviteMember"));
            assertThat(school.text(By.id("team-members"))).contains("(Health)", "since");
            assertThat(school.accessibilityViolations()).isEmpty();

            // issue 19: a target of the plan names the service the family is referred to, found in the services directory
            String service = "Eating well " + family;
            DirectoryIT.addService("city", DirectoryIT.admin("city"), DirectoryIT.serviceJson(DirectoryIT.organisation("city",
                    "School nursing " + family, null), service, null, null, ""));
            school.type(By.id("target:need"), "Eating");
            school.type(By.id("target:targetText"), "Zara eats lunch at school every day");
            school.type(By.id("target:measure"), "Lunch eaten on 9 of 10 days for 4 weeks");
            school.type(By.id("target:owner"), "Zara, mother and school nurse");
            school.type(By.id("target:dueOn"), LocalDate.now().plusWeeks(6).toString());
            school.type(By.id("target:service_input"), "eating well " + family.toLowerCase(java.util.Locale.ROOT));
            school.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + service + "')]"));
            school.clickAndWait(By.id("target:addTarget"));
            assertThat(school.text(By.id("targets"))).contains("Zara eats lunch at school every day", "referred to " + service);
            assertThat(school.accessibilityViolations()).isEmpty();
            school.clickAndWait(By.linkText(service));
            assertThat(school.heading()).isEqualTo(service);
            school.back();
        }

        // a CAF Jo is not in
        String other = (String) Api.createPerson("city", Api.token("sam.school"), "Kemi", family).get("id");
        HttpResponse<String> otherCaf = Api.post("/city/early-help/cafs", Api.token("sam.school"), "{\"indexChildId\":\"" + other
                + "\",\"route\":\"EARLY_HELP_ASSESSMENT\",\"concerns\":\"Sleep\",\"believedLevel\":\"ADDITIONAL\","
                + "\"assessmentForm\":\"CAF\",\"consentGivenBy\":\"Mother\",\"consentDate\":\"" + LocalDate.now()
                + "\",\"consentEvidence\":\"Signed\",\"referrerContact\":\"0115 915 2000\"}");
        assertThat(otherCaf.statusCode()).as(otherCaf.body()).isEqualTo(201);

        try (Browser health = new Browser()) {
            health.signIn(Deployments.PORTAL + "/", "jo.health");
            health.clickAndWait(By.linkText("Cases I lead or support"));
            assertThat(health.text(By.id("my-cases"))).contains(reference, "Team around the Child");
            assertThat(health.accessibilityViolations()).isEmpty();
            health.clickAndWait(By.linkText(reference));
            health.type(By.id("taf:heldOn"), LocalDate.now().toString());
            health.click(By.id("taf:familyPresent"));
            health.click(By.id("taf:tafReview"));
            health.type(By.id("taf:attendees"), "Zara, mother, school, school nurse");
            health.type(By.id("taf:summary"), "Reviewed the CAF plan: eating at school again");
            health.clickAndWait(By.id("taf:record"));
            assertThat(health.text(By.id("taf-meetings"))).contains("Reviewed the CAF plan");
            assertThat(health.count(By.id("level:changeLevel"))).as("only the lead professional changes the level").isZero();
            assertThat(health.accessibilityViolations()).isEmpty();
            health.open(Deployments.PORTAL + "/city/early-help/case.xhtml?id=" + Api.json(otherCaf.body()).get("id"));
            assertThat(health.heading()).as("a case Jo is not in").isEqualTo("Case not found");
        }

        try (Browser school = new Browser()) {
            school.signIn(caseUrl, "sam.school");
            school.select(By.id("level:newLevel"), "PROTECTION");
            school.type(By.id("level:levelReasons"), "Zara disclosed harm at home");
            school.clickAndWait(By.id("level:changeLevel"));
            assertThat(school.text(By.id("stage"))).isEqualTo("Closed");
            assertThat(school.text(By.id("history"))).contains("Stepped up from", "Handed to children's social care");
            assertThat(school.accessibilityViolations()).isEmpty();
        }

        // 001 L882, L2086-2090: the performance team reads the CAF measures, against last year's outturn
        try (Browser performance = new Browser()) {
            performance.signIn(Deployments.PORTAL + "/", "robin.performance");
            performance.clickAndWait(By.linkText("CAF measures"));
            assertThat(performance.heading()).startsWith("CAF measures, ");
            assertThat(Integer.parseInt(performance.text(By.id("initiated")))).isGreaterThanOrEqualTo(2);
            assertThat(performance.text(By.id("escalated"))).doesNotStartWith("0 ");
            assertThat(performance.text(By.id("per10000"))).isNotEqualTo("not given");
            assertThat(performance.text(By.id("direction"))).containsAnyOf("last year's outturn", "Not compared");
            assertThat(performance.accessibilityViolations()).isEmpty();
        }
    }
}
