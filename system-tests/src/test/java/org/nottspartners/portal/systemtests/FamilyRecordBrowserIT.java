package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The family record pages in a real Chromium, each passing axe-core's WCAG 2.2 AA rules: a case worker's
 * change that meets someone else's saved change is not lost and is explained in plain words; a duplicate
 * is merged from the person page; an administrator keeps the council's calendar; the quality-standards
 * dashboard opens.
 */
@ExtendWith(ArquillianExtension.class)
class FamilyRecordBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void aStaleChangeIsExplainedAndADuplicateIsMerged() {
        String family = "Quarry" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 4);
        String casey = Api.token("casey.city");
        Map<String, Object> person = Api.createPerson("city", casey, "Harriet", family);
        String id = (String) person.get("id");
        String duplicate = (String) Api.createPerson("city", casey, "Hattie", family).get("id");
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "casey.city");
            browser.driver().get(Deployments.PORTAL + "/city/people/person.xhtml?id=" + id);
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Harriet " + family);
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.clickAndWait(By.id("change"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Change Harriet " + family + "'s details");
            assertThat(browser.accessibilityViolations()).isEmpty();
            // meanwhile a colleague saves a new postcode through the API
            assertThat(Api.put("/city/people/" + id, casey, "{\"givenName\":\"Harriet\",\"familyName\":\"" + family
                    + "\",\"dateOfBirth\":\"2014-05-06\",\"postcode\":\"NG5 1AA\",\"version\":" + person.get("version") + "}").statusCode()).isEqualTo(200);
            browser.driver().findElement(By.id("person:school")).sendKeys("Bestwood Primary");
            browser.clickAndWait(By.id("person:save"));
            String summary = browser.driver().findElement(By.cssSelector(".error-summary")).getText();
            assertThat(summary).contains("Someone else (Casey", "saved changes to this record while you were editing it",
                    "Your changes have not been saved", "postcode is now NG5 1AA (you entered nothing)");
            assertThat(browser.driver().findElement(By.id("person:school")).getAttribute("value")).isEqualTo("Bestwood Primary");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.driver().findElement(By.id("person:postcode")).sendKeys("NG5 1AA");
            browser.clickAndWait(By.id("person:save"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".person-details")));
            assertThat(browser.driver().findElement(By.cssSelector(".person-details")).getText())
                    .contains("Bestwood Primary", "NG5 1AA");

            browser.driver().findElement(By.xpath("//label[contains(., 'Hattie " + family + "')]")).click();
            browser.driver().findElement(By.id("merge:reason")).sendKeys("Hattie is Harriet: same school, confirmed with mother");
            browser.clickAndWait(By.id("merge:mergeButton"));
            assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText())
                    .contains("The duplicate record was merged into this one");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.driver().get(Deployments.PORTAL + "/city/people/person.xhtml?id=" + duplicate);
            assertThat(browser.driver().findElement(By.id("tombstone")).getText())
                    .contains("This record was merged into another record of the same person");
            assertThat(browser.driver().findElements(By.id("change"))).isEmpty();
        }
    }

    @Test
    void anAdministratorKeepsTheCalendarAndStaffSeeTheDashboard() {
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "cal.countyadmin");
            browser.driver().get(Deployments.PORTAL + "/county/admin/calendar.xhtml");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.driver().findElement(By.id("dayForm:day")).sendKeys("2027-12-29");
            browser.clickAndWait(By.id("dayForm:add"));
            assertThat(browser.driver().findElement(By.cssSelector(".ui-messages, .error-summary, [role=alert]")).getText())
                    .contains("Say what the day is");
            browser.driver().findElement(By.id("dayForm:day")).clear();
            browser.driver().findElement(By.id("dayForm:day")).sendKeys("2027-12-29");
            browser.driver().findElement(By.id("dayForm:description")).sendKeys("Offices closed");
            browser.clickAndWait(By.id("dayForm:add"));
            assertThat(browser.driver().findElement(By.id("days:table")).getText()).contains("2027-12-29", "Offices closed");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "morgan.county");
            browser.clickAndWait(By.linkText("Quality standards: what is due and overdue"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Quality standards");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }
}
