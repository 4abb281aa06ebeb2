package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

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
        String family = "Fenwick" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 4);
        String reference;
        try (Browser school = new Browser()) {
            school.signIn(Deployments.PORTAL + "/", "sam.school");
            school.clickAndWait(By.linkText("Refer a family for early help"));
            assertThat(school.accessibilityViolations()).isEmpty();
            school.clickAndWait(By.id("find-child"));
            school.driver().findElement(By.id("find:name")).sendKeys("Ellie " + family);
            school.clickAndWait(By.id("find:search"));
            school.clickAndWait(By.cssSelector("a.record-new"));
            school.driver().findElement(By.id("person:dateOfBirth")).sendKeys(LocalDate.now().minusYears(9).toString());
            school.clickAndWait(By.id("person:save"));
            school.clickAndWait(By.linkText("Refer this child for early help"));
            assertThat(school.driver().findElement(By.id("child-name")).getText()).isEqualTo("Ellie " + family);
            assertThat(school.accessibilityViolations()).isEmpty();

            school.driver().findElement(By.xpath("//input[@value='IMMEDIATE_RISK_OR_HARM']")).click();
            fillReferral(school);
            school.clickAndWait(By.id("referral:send"));
            assertThat(school.driver().findElement(By.id("stop")).getText()).contains("This needs children's social care now",
                    "0115 876 4800", "Nothing has been saved");
            assertThat(school.accessibilityViolations()).isEmpty();

            school.driver().findElement(By.xpath("//input[@value='IMMEDIATE_RISK_OR_HARM']")).click();
            school.driver().findElement(By.xpath("//input[@value='HOME_ALONE_FIVE_OR_UNDER']")).click();
            fillReferral(school);
            school.clickAndWait(By.id("referral:send"));
            assertThat(school.driver().findElement(By.id("sent")).getText()).as("home alone at 9 is not the 5-or-under rule")
                    .contains("has been sent");
            String row = school.driver().findElement(By.id("referrals")).getText();
            assertThat(row).contains(family);
            reference = row.lines().filter(l -> l.contains(family)).findFirst().orElseThrow().split(" ")[0];
            assertThat(school.accessibilityViolations()).isEmpty();
        }

        try (Browser manager = new Browser()) {
            manager.signIn(Deployments.PORTAL + "/", "tess.citymanager");
            manager.clickAndWait(By.linkText("Early help cases"));
            assertThat(manager.accessibilityViolations()).isEmpty();
            assertThat(manager.driver().findElement(By.tagName("main")).getText()).contains(reference);
            manager.clickAndWait(By.linkText(reference));
            assertThat(manager.driver().findElement(By.id("stage")).getText()).isEqualTo("Referred");
            assertThat(manager.accessibilityViolations()).isEmpty();
            new Select(manager.driver().findElement(By.id("frontDoor:teamCode"))).selectByValue("city-hub-meadows");
            new Select(manager.driver().findElement(By.id("frontDoor:decidedLevel"))).selectByValue("ADDITIONAL");
            manager.driver().findElement(By.id("frontDoor:reasons")).sendKeys("Attendance and routines: CAF with family support");
            manager.clickAndWait(By.id("frontDoor:decide"));
            assertThat(manager.driver().findElement(By.id("stage")).getText()).isEqualTo("With a team, to screen");
            manager.driver().findElement(By.id("allocation:worker")).sendKeys("casey.city");
            manager.clickAndWait(By.id("allocation:allocate"));
            assertThat(manager.driver().findElement(By.id("lead")).getText()).isEqualTo("casey.city");
            assertThat(manager.accessibilityViolations()).isEmpty();
        }

        try (Browser worker = new Browser()) {
            worker.signIn(Deployments.PORTAL + "/", "casey.city");
            worker.driver().get(Deployments.PORTAL + "/city/early-help/cases.xhtml");
            worker.clickAndWait(By.linkText(reference));
            assertThat(worker.driver().findElement(By.id("contactFrequency")).getText()).contains("fortnightly");
            new Select(worker.driver().findElement(By.id("contact:contactKind"))).selectByValue("HOME_VISIT");
            worker.driver().findElement(By.id("contact:note")).sendKeys("Visited Ellie and her mother at home");
            worker.clickAndWait(By.id("contact:recordContact"));
            assertThat(worker.driver().findElement(By.id("history")).getText()).contains("Home visit: Visited Ellie");
            worker.driver().findElement(By.id("taf:heldOn")).sendKeys(LocalDate.now().toString());
            worker.driver().findElement(By.id("taf:familyPresent")).click();
            worker.driver().findElement(By.id("taf:attendees")).sendKeys("Mother, class teacher, casey.city");
            worker.driver().findElement(By.id("taf:summary")).sendKeys("Plan agreed: breakfast club, weekly check-in");
            worker.clickAndWait(By.id("taf:record"));
            assertThat(worker.driver().findElement(By.id("taf-meetings")).getText()).contains("Plan agreed: breakfast club");
            assertThat(worker.driver().findElement(By.id("contactFrequency")).getText()).as("002 §3c5").contains("monthly");
            worker.driver().findElement(By.id("dispute:disputeAbout")).sendKeys("The school says the level should be Extensive");
            worker.clickAndWait(By.id("dispute:raiseDispute"));
            assertThat(worker.driver().findElement(By.id("disputes")).getText()).contains("Dispute raised with the Team Manager");
            assertThat(worker.accessibilityViolations()).isEmpty();
            worker.clickAndWait(By.linkText("Ellie " + family));
            assertThat(worker.driver().findElement(By.cssSelector("section.module-section[aria-label='Early help']")).getText())
                    .as("the early help section on the family record page").contains("Early help", reference);
            assertThat(worker.accessibilityViolations()).isEmpty();
        }

        try (Browser groupManager = new Browser()) {
            groupManager.signIn(Deployments.PORTAL + "/", "gill.citygroup");
            groupManager.driver().get(Deployments.PORTAL + "/city/clocks/index.xhtml?team=city-hub-meadows&status=IN_TIME");
            assertThat(groupManager.driver().findElement(By.id("clocks")).getText()).contains(reference);
            groupManager.driver().findElements(By.cssSelector("#clocks tr")).stream().filter(row -> row.getText().contains(reference))
                    .findFirst().orElseThrow().findElement(By.linkText("Relax the standard")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(groupManager.driver(), java.time.Duration.ofSeconds(30))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("relaxation:reason")));
            assertThat(groupManager.driver().findElement(By.id("work")).getText()).contains(reference);
            assertThat(groupManager.accessibilityViolations()).isEmpty();
            groupManager.clickAndWait(By.id("relaxation:relax"));
            assertThat(groupManager.driver().findElement(By.id("messages")).getText()).as("a relaxation needs its reason")
                    .contains("Give the reason the standard is relaxed");
            groupManager.driver().findElement(By.id("relaxation:reason")).sendKeys("Mother in hospital this week");
            groupManager.clickAndWait(By.id("relaxation:relax"));
            assertThat(groupManager.driver().findElement(By.id("done")).getText()).contains("Standard relaxed");
            assertThat(groupManager.driver().findElement(By.id("clocks")).getText())
                    .contains(reference, "By Gill Bramley: Mother in hospital this week");
            assertThat(groupManager.accessibilityViolations()).isEmpty();
        }

        try (Browser school = new Browser()) {
            school.signIn(Deployments.PORTAL + "/", "sam.school");
            school.driver().get(Deployments.PORTAL + "/city/early-help/my-referrals.xhtml");
            assertThat(school.driver().findElement(By.id("referrals")).getText())
                    .contains(reference, "Accepted and allocated to a lead professional");
            school.driver().get(Deployments.PORTAL + "/city/early-help/cases.xhtml");
            assertThat(school.driver().findElement(By.tagName("h1")).getText()).as("partners do not see the team's cases")
                    .isNotEqualTo("Early help cases");
        }
    }

    private static void fillReferral(Browser b) {
        b.driver().findElement(By.id("referral:concerns")).clear();
        b.driver().findElement(By.id("referral:concerns")).sendKeys("Late most days, often hungry");
        b.driver().findElement(By.id("referral:assessmentForm")).clear();
        b.driver().findElement(By.id("referral:assessmentForm")).sendKeys("Mother keen for help with mornings; Ellie tired");
        new Select(b.driver().findElement(By.id("referral:believedLevel"))).selectByValue("ADDITIONAL");
        b.driver().findElement(By.id("referral:consentGivenBy")).clear();
        b.driver().findElement(By.id("referral:consentGivenBy")).sendKeys("Mother");
        b.driver().findElement(By.id("referral:consentDate")).clear();
        b.driver().findElement(By.id("referral:consentDate")).sendKeys(LocalDate.now().toString());
        b.driver().findElement(By.id("referral:consentEvidence")).clear();
        b.driver().findElement(By.id("referral:consentEvidence")).sendKeys("Signed consent form");
        b.driver().findElement(By.id("referral:referrerContact")).clear();
        b.driver().findElement(By.id("referral:referrerContact")).sendKeys("0115 900 0000");
    }
}
