package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

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
        String family = TestNames.unique("Quarry");
        String casey = Api.token("casey.city");
        Map<String, Object> person = Api.createPerson("city", casey, "Harriet", family);
        String id = (String) person.get("id");
        String duplicate = (String) Api.createPerson("city", casey, "Hattie", family).get("id");
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "casey.city");
            browser.open(Deployments.PORTAL + "/city/people/person.xhtml?id=" + id);
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Harriet " + family);
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.clickAndWait(By.id("change"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Change Harriet " + family + "'s details");
            assertThat(browser.accessibilityViolations()).isEmpty();
            // meanwhile a colleague saves a new postcode through the API
            assertThat(Api.put("/city/people/" + id, casey, "{\"givenName\":\"Harriet\",\"familyName\":\"" + family
                    + "\",\"dateOfBirth\":\"2014-05-06\",\"postcode\":\"NG5 1AA\",\"version\":" + person.get("version") + "}").statusCode()).isEqualTo(200);
            browser.type(By.id("person:school"), "Bestwood Primary");
            browser.clickAndWait(By.id("person:save"));
            String summary = browser.text(By.cssSelector(".error-summary"));
            assertThat(summary).contains("Someone else (Casey", "saved changes to this record while you were editing it",
                    "Your changes have not been saved", "postcode is now NG5 1AA (you entered nothing)");
            assertThat(browser.value(By.id("person:school"))).isEqualTo("Bestwood Primary");
            assertThat(browser.accessibilityViolations()).isEmpty();
            // issue 14: a day that does not exist is called that, and nothing is saved
            browser.type(By.id("person:postcode"), "NG5 1AA");
            browser.type(By.id("person:dateOfBirth"), "2014-02-30");
            browser.clickAndWait(By.id("person:save"));
            assertThat(browser.text(By.cssSelector(".error-summary"))).contains("2014-02-30 is not a real date: February 2014 has 28 days");
            assertThat(browser.value(By.id("person:school"))).isEqualTo("Bestwood Primary");
            browser.type(By.id("person:dateOfBirth"), "2014-05-06");
            browser.clickAndWait(By.id("person:save"));
            assertThat(browser.text(By.cssSelector(".person-details")))
                    .contains("Bestwood Primary", "NG5 1AA");

            // issue 14: a case note added from the person page, with the checks the API makes
            browser.clickAndWait(By.id("note:addNote"));
            assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Choose the type of note", "Enter the date of the event");
            browser.select(By.id("note:type"), "VISIT");
            browser.type(By.id("note:eventDate"), java.time.LocalDate.now().toString());
            browser.type(By.id("note:summary"), "Home visit: Harriet well, mother coping with mornings");
            browser.clickAndWait(By.id("note:addNote"));
            assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Say WHO was there", "Say what the AIM of the session was");
            assertThat(browser.value(By.id("note:summary"))).as("nothing typed is lost").isEqualTo("Home visit: Harriet well, mother coping with mornings");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.type(By.id("note:who"), "Harriet and her mother");
            browser.type(By.id("note:aim"), "Check the morning routine");
            browser.type(By.id("note:method"), "Home visit, conversation");
            browser.type(By.id("note:outcome"), "Routine chart agreed");
            browser.type(By.id("note:actions"), "Review in two weeks");
            browser.clickAndWait(By.id("note:addNote"));
            assertThat(browser.text(By.id("noted"))).contains("The note has been added");
            assertThat(browser.text(By.tagName("main"))).contains(java.time.LocalDate.now() + ": Visit by Casey");
            // and consent, with the API's checks
            browser.select(By.id("consent:status"), "GIVEN");
            browser.type(By.id("consent:givenBy"), "Ruth (mother)");
            browser.type(By.id("consent:decidedOn"), java.time.LocalDate.now().plusDays(3).toString());
            browser.clickAndWait(By.id("consent:recordConsent"));
            assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Say what the consent is for",
                    "The date of the decision cannot be in the future");
            browser.type(By.id("consent:purpose"), "Early help assessment");
            browser.type(By.id("consent:decidedOn"), java.time.LocalDate.now().toString());
            browser.clickAndWait(By.id("consent:recordConsent"));
            assertThat(browser.text(By.id("consented"))).contains("The consent has been recorded");
            assertThat(browser.text(By.tagName("main"))).contains("Given by Ruth (mother) for Early help assessment");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.click(By.xpath("//label[contains(., 'Hattie " + family + "')]"));
            browser.type(By.id("merge:reason"), "Hattie is Harriet: same school, confirmed with mother");
            browser.clickAndWait(By.id("merge:mergeButton"));
            assertThat(browser.text(By.cssSelector(".notice")))
                    .contains("The duplicate record was merged into this one");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.open(Deployments.PORTAL + "/city/people/person.xhtml?id=" + duplicate);
            assertThat(browser.text(By.id("tombstone")))
                    .contains("This record was merged into another record of the same person");
            assertThat(browser.count(By.id("change"))).isZero();
        }
    }

    /**
     * Issue 14, item 4: a relationship and a family member added from the family page, after finding the other person
     * by name, with the checks the API makes; nothing typed is lost when a check fails.
     */
    @Test
    void aRelativeIsFoundThenRecordedAndAddedToTheFamilyFromThePage() {
        String family = TestNames.unique("Lindley");
        String casey = Api.token("casey.city");
        String child = (String) Api.createPerson("city", casey, "Milo", family).get("id");
        Api.createPerson("city", casey, "Ruth", family);
        HttpResponse<String> created = Api.post("/city/families", casey, "{\"name\":\"" + family + " family\",\"indexChildId\":\""
                + child + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/city/people/person.xhtml?id=" + child, "casey.city");
            browser.type(By.id("relative:name"), "Xqjx Vqwz");
            browser.clickAndWait(By.id("relative:findRelatives"));
            assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Nobody of that name is recorded");
            browser.type(By.id("relative:name"), "Ruth " + family);
            browser.clickAndWait(By.id("relative:findRelatives"));
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.clickAndWait(By.id("relative:recordRelationship"));
            assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Find the other person by name, then choose them",
                    "Choose how they are related");
            browser.click(By.xpath("//label[contains(., 'Ruth " + family + "')]"));
            browser.select(By.id("relative:type"), "MOTHER");
            browser.click(By.id("relative:parentalResponsibility"));
            browser.clickAndWait(By.id("relative:recordRelationship"));
            assertThat(browser.text(By.id("related"))).contains("The relationship has been recorded");
            assertThat(browser.text(By.tagName("main"))).contains("has as a mother Ruth " + family + ", with parental responsibility");

            browser.type(By.id("relative:name"), "Ruth " + family);
            browser.clickAndWait(By.id("relative:findRelatives"));
            browser.click(By.xpath("//label[contains(., 'Ruth " + family + "')]"));
            browser.clickAndWait(By.id("relative:addToFamily"));
            assertThat(browser.text(By.id("joined"))).contains("added to the family");
            assertThat(browser.text(By.tagName("main"))).contains(family + " family");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
        assertThat(Api.jsonArray(Api.get("/city/people/" + child + "/relationships", casey).body()))
                .anySatisfy(r -> assertThat(r).containsEntry("type", "MOTHER"));
    }

    @Test
    void anAdministratorKeepsTheCalendarAndStaffSeeTheDashboard() {
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "cal.countyadmin");
            browser.open(Deployments.PORTAL + "/county/admin/calendar.xhtml");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.type(By.id("dayForm:day"), "2027-12-29");
            browser.clickAndWait(By.id("dayForm:add"));
            assertThat(browser.text(By.cssSelector(".ui-messages, .error-summary, [role=alert]")))
                    .contains("Say what the day is");
            browser.type(By.id("dayForm:day"), "2027-12-29");
            browser.type(By.id("dayForm:description"), "Offices closed");
            browser.clickAndWait(By.id("dayForm:add"));
            assertThat(browser.text(By.id("days:table"))).contains("2027-12-29", "Offices closed");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "morgan.county");
            browser.clickAndWait(By.linkText("Quality standards: what is due and overdue"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Quality standards");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }
}
