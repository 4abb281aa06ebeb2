package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Early help in a real Chromium (RULES.md §3), every page passing axe-core's WCAG 2.2 AA rules: a school
 * finds the child (search before create), records them, refers; a social care indicator stops the form;
 * a team manager decides and allocates; the case worker records a TAF meeting; the school sees the outcome.
 */
@ExtendWith(ArquillianExtension.class)
class EarlyHelpBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void aSchoolRefersAManagerAllocatesACaseWorkerHoldsATafTheSchoolSeesTheOutcome() {
        String family = TestNames.unique("Fenwick");
        String reference;
        try (Browser school = new Browser()) {
            school.signIn(Deployments.PORTAL + "/", "sam.school");
            school.clickAndWait(By.linkText("Refer a family for early help"));
            assertThat(school.accessibilityViolations()).isEmpty();
            school.clickAndWait(By.id("find-child"));
            school.type(By.id("find:name"), "Ellie " + family);
            school.clickAndWait(By.id("find:search"));
            school.clickAndWait(By.cssSelector("a.record-new"));
            school.type(By.id("person:dateOfBirth"), LocalDate.now().minusYears(9).toString());
            school.clickAndWait(By.id("person:save"));
            school.clickAndWait(By.linkText("Refer this child for early help"));
            assertThat(school.text(By.id("child-name"))).isEqualTo("Ellie " + family);
            assertThat(school.accessibilityViolations()).isEmpty();

            school.click(By.xpath("//input[@value='IMMEDIATE_RISK_OR_HARM']"));
            fillReferral(school);
            school.clickAndWait(By.id("referral:send"));
            assertThat(school.text(By.id("stop"))).contains("This needs children's social care now",
                    "0115 876 4800", "Nothing has been saved");
            assertThat(school.accessibilityViolations()).isEmpty();

            school.click(By.xpath("//input[@value='IMMEDIATE_RISK_OR_HARM']"));
            school.click(By.xpath("//input[@value='HOME_ALONE_FIVE_OR_UNDER']"));
            fillReferral(school);
            school.clickAndWait(By.id("referral:send"));
            assertThat(school.text(By.id("sent"))).as("home alone at 9 is not the 5-or-under rule")
                    .contains("has been sent");
            String row = school.text(By.id("referrals"));
            assertThat(row).contains(family);
            reference = row.lines().filter(l -> l.contains(family)).findFirst().orElseThrow().split(" ")[0];
            assertThat(school.accessibilityViolations()).isEmpty();
        }

        try (Browser manager = new Browser()) {
            manager.signIn(Deployments.PORTAL + "/", "tess.citymanager");
            manager.clickAndWait(By.linkText("Early help cases"));
            assertThat(manager.accessibilityViolations()).isEmpty();
            assertThat(manager.text(By.tagName("main"))).contains(reference);
            manager.clickAndWait(By.linkText(reference));
            assertThat(manager.text(By.id("stage"))).isEqualTo("Referred");
            assertThat(manager.accessibilityViolations()).isEmpty();
            manager.select(By.id("frontDoor:decision"), "ACCEPT_TO_TEAM");
            manager.select(By.id("frontDoor:teamCode"), "city-hub-meadows");
            manager.select(By.id("frontDoor:decidedLevel"), "ADDITIONAL");
            manager.type(By.id("frontDoor:reasons"), "Attendance and routines: CAF with family support");
            manager.clickAndWait(By.id("frontDoor:decide"));
            assertThat(manager.text(By.id("stage"))).isEqualTo("With a team, to screen");
            // issue 14: words, not codes
            assertThat(manager.text(By.id("team"))).isEqualTo("Family Hub Meadows");
            assertThat(manager.text(By.tagName("main"))).contains("council: Additional").doesNotContain("city-hub-meadows");
            manager.select(By.id("allocation:worker"), "casey.city");
            manager.clickAndWait(By.id("allocation:allocate"));
            assertThat(manager.text(By.id("lead"))).as("by name (issue 22)").isEqualTo("Casey Walker (casey.city)");
            assertThat(manager.accessibilityViolations()).isEmpty();
        }

        try (Browser worker = new Browser()) {
            worker.signIn(Deployments.PORTAL + "/", "casey.city");
            worker.open(Deployments.PORTAL + "/city/early-help/cases.xhtml");
            worker.clickAndWait(By.linkText(reference));
            // issue 23: the City's case runs on the City's rules: no County contact frequency or 002 deadlines
            assertThat(worker.count(By.id("contactFrequency"))).as("002 §3c5 is County's").isZero();
            assertThat(worker.count(By.id("deadlines"))).as("002 §3b6 is County's").isZero();
            worker.select(By.id("contact:contactKind"), "HOME_VISIT");
            worker.type(By.id("contact:note"), "Visited Ellie and her mother at home");
            worker.clickAndWait(By.id("contact:recordContact"));
            assertThat(worker.text(By.id("history"))).contains("Home visit: Visited Ellie");
            worker.type(By.id("taf:heldOn"), LocalDate.now().toString());
            worker.click(By.id("taf:familyPresent"));
            worker.type(By.id("taf:attendees"), "Mother, class teacher, casey.city");
            worker.type(By.id("taf:summary"), "Plan agreed: breakfast club, weekly check-in");
            worker.clickAndWait(By.id("taf:record"));
            assertThat(worker.text(By.id("taf-meetings"))).contains("Plan agreed: breakfast club");
            worker.type(By.id("dispute:disputeAbout"), "The school says the level should be Extensive");
            worker.click(By.id("dispute:disputeHighRisk"));
            worker.clickAndWait(By.id("dispute:raiseDispute"));
            assertThat(worker.text(By.id("disputes"))).as("001 L1808-1830: the City's route")
                    .contains("Dispute raised with the Screening/Duty worker (high risk)");
            assertThat(worker.text(By.id("deadlines"))).as("feedback in 24 hours; resolved in 24 where the risk is high")
                    .contains("Verbal feedback to a referrer who disagrees", "resolved where the risk is high");
            worker.type(By.id("feedback:disputeFeedback"), "Phoned the school: the Hub keeps Additional while the plan starts");
            worker.clickAndWait(By.id("feedback:giveFeedback"));
            assertThat(worker.text(By.id("deadlines"))).doesNotContain("Verbal feedback to a referrer who disagrees");
            assertThat(worker.count(By.id("commission:commissionIntervention")))
                    .as("County's Interventions and Intensive Support teams (002 §4-7) are not the City's").isZero();
            assertThat(worker.accessibilityViolations()).isEmpty();
            worker.clickAndWait(By.linkText("Ellie " + family));
            assertThat(worker.text(By.cssSelector("section.module-section[aria-label='Early help']")))
                    .as("the early help section on the family record page").contains("Early help", reference);
            assertThat(worker.accessibilityViolations()).isEmpty();
        }

        try (Browser groupManager = new Browser()) {
            groupManager.signIn(Deployments.PORTAL + "/", "gill.citygroup");
            groupManager.open(Deployments.PORTAL + "/city/clocks/index.xhtml?team=city-hub-meadows&status=DUE_SOON");
            assertThat(groupManager.text(By.id("clocks"))).contains(reference);
            groupManager.clickAndWait(By.xpath("//*[@id='clocks']//tr[contains(., '" + reference + "')]//a[contains(., 'Relax the standard')]"));
            assertThat(groupManager.text(By.id("work"))).contains(reference);
            assertThat(groupManager.accessibilityViolations()).isEmpty();
            groupManager.clickAndWait(By.id("relaxation:relax"));
            assertThat(groupManager.text(By.id("messages"))).as("a relaxation needs its reason")
                    .contains("Give the reason the standard is relaxed");
            groupManager.type(By.id("relaxation:reason"), "Mother in hospital this week");
            groupManager.clickAndWait(By.id("relaxation:relax"));
            assertThat(groupManager.text(By.id("done"))).contains("Standard relaxed");
            assertThat(groupManager.text(By.id("clocks")))
                    .contains(reference, "By Gill Bramley: Mother in hospital this week");
            assertThat(groupManager.accessibilityViolations()).isEmpty();
        }

        try (Browser school = new Browser()) {
            school.signIn(Deployments.PORTAL + "/", "sam.school");
            school.open(Deployments.PORTAL + "/city/early-help/my-referrals.xhtml");
            assertThat(school.text(By.id("referrals")))
                    .contains(reference, "Accepted and allocated to a lead professional");
            school.open(Deployments.PORTAL + "/city/early-help/cases.xhtml");
            assertThat(school.text(By.tagName("h1"))).as("partners do not see the team's cases")
                    .isNotEqualTo("Early help cases");
        }
    }

    /**
     * A council administrator records how families reach a team (issue 22: the letters give it), on a page that
     * passes both accessibility engines; the saved contact is what the page shows next time.
     */
    @Test
    void aCouncilAdministratorRecordsATeamsContactOnItsPage() {
        try (Browser admin = new Browser()) {
            admin.signIn(Deployments.PORTAL + "/", "ada.cityadmin");
            admin.clickAndWait(By.linkText("Early help teams and how to reach them"));
            assertThat(admin.accessibilityViolations()).isEmpty();
            By meadows = By.xpath("//form[.//h2[normalize-space()='Family Hub Meadows']]");
            By field = By.id("contact-city-hub-meadows");
            String contact = "0115 915 7" + (100 + new java.util.Random().nextInt(900)) + " (Family Hub Meadows)";
            admin.type(field, contact);
            admin.clickAndWait(By.xpath("//form[.//h2[normalize-space()='Family Hub Meadows']]//button[contains(@id,'save')]"));
            assertThat(admin.text(By.id("saved"))).isEqualTo("The contact of Family Hub Meadows has been saved.");
            assertThat(admin.value(field)).isEqualTo(contact);
            assertThat(admin.text(meadows)).contains("Family Hub");
            assertThat(admin.accessibilityViolations()).isEmpty();
        }
    }

    private static void fillReferral(Browser b) {
        b.type(By.id("referral:concerns"), "Late most days, often hungry");
        b.type(By.id("referral:assessmentForm"), "Mother keen for help with mornings; Ellie tired");
        b.select(By.id("referral:believedLevel"), "ADDITIONAL");
        b.type(By.id("referral:consentGivenBy"), "Mother");
        b.type(By.id("referral:consentDate"), LocalDate.now().toString());
        b.type(By.id("referral:consentEvidence"), "Signed consent form");
        b.type(By.id("referral:referrerContact"), "0115 900 0000");
    }
}
