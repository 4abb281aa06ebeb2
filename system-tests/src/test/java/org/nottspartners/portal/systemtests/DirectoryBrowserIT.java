package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The services directory in Chromium (issue 19): a member of the public, never signed in, finds a service by words and
 * the child's age, is told in GOV.UK's way when the age is not a number, and reads the service in full; a partner
 * organisation's member of staff changes their own entry and finds another organisation's entry read-only. Every page
 * passes both accessibility engines.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void aMemberOfThePublicFindsAServiceWithoutSigningIn() {
        String word = TestNames.unique("Bumps");
        String org = DirectoryIT.organisation("city", "Meadows Family Hub team " + word, null);
        String place = DirectoryIT.location("city", "Meadows Family Hub " + word, "NG2 2JP", 52.941, -1.149);
        DirectoryIT.addService("city", DirectoryIT.admin("city"), DirectoryIT.serviceJson(org, word + " and babies group", place,
                DirectoryIT.aTerm("city"), ""));
        DirectoryIT.addService("county", DirectoryIT.admin("county"), DirectoryIT.serviceJson(
                DirectoryIT.organisation("county", "County team " + word, null), word + " in the county", null, null, ""));

        try (Browser visitor = new Browser()) {
            visitor.open(Deployments.PORTAL + "/find-a-service/index.xhtml");
            assertThat(visitor.heading()).isEqualTo("Which council’s services do you want to find?");
            assertThat(visitor.accessibilityViolations()).isEmpty();
            visitor.click(By.cssSelector("input[name='council'][value='city']"));
            visitor.clickAndWait(By.cssSelector("button[type='submit']"));
            assertThat(visitor.heading()).isEqualTo("Find a service for your family");
            assertThat(visitor.currentUrl()).doesNotContain("/realms/"); // no sign-in on the way

            visitor.type(By.id("search:input"), word);
            visitor.type(By.id("age:input"), "two");
            visitor.clickAndWait(By.cssSelector("button[type='submit']"));
            assertThat(visitor.text(By.cssSelector(".govuk-error-summary"))).contains("Enter the child's age as a number of years");
            assertThat(visitor.attribute(By.cssSelector(".govuk-error-summary a"), "href")).endsWith("#age:input");
            assertThat(visitor.value(By.id("search:input"))).isEqualTo(word); // nothing typed is lost
            assertThat(visitor.accessibilityViolations()).isEmpty();

            visitor.type(By.id("age:input"), "1");
            visitor.clickAndWait(By.cssSelector("button[type='submit']"));
            assertThat(visitor.text(By.id("results-count"))).isEqualTo("1 service found");
            assertThat(visitor.texts(By.cssSelector(".directory-result h3"))).containsExactly(word + " and babies group");
            assertThat(visitor.accessibilityViolations()).isEmpty();

            visitor.type(By.id("age:input"), "9"); // the group is for 0 to 4
            visitor.clickAndWait(By.cssSelector("button[type='submit']"));
            assertThat(visitor.text(By.id("results-count"))).isEqualTo("0 services found");

            visitor.type(By.id("age:input"), "");
            visitor.clickAndWait(By.cssSelector("button[type='submit']"));
            visitor.clickAndWait(By.linkText(word + " and babies group"));
            assertThat(visitor.heading()).isEqualTo(word + " and babies group");
            String page = visitor.text(By.cssSelector(".govuk-summary-list"));
            assertThat(page).contains("Ages: 0 to 4", "Monday, Wednesday 9:30am to 12pm", "Meadows Family Hub " + word,
                    "Family Hub reception: 0115 496 0123", "Free", "English, Polish");
            assertThat(visitor.text(By.id("checked"))).isEqualTo("Last checked on 1 June 2026.");
            assertThat(visitor.accessibilityViolations()).isEmpty();
            visitor.clickAndWait(By.linkText("Back to the search"));
            assertThat(visitor.heading()).isEqualTo("Find a service for your family");
        }
    }

    @Test
    void aPartnerOrganisationChangesItsOwnEntryAndOnlyItsOwn() {
        String word = TestNames.unique("Lodgings");
        String framework = DirectoryIT.organisation("city", "Framework Housing Association " + word, "Framework Housing Association");
        String council = DirectoryIT.organisation("city", "Council housing team " + word, null);
        Map<String, Object> own = DirectoryIT.addService("city", DirectoryIT.admin("city"), DirectoryIT.serviceJson(framework,
                "Framework " + word, null, null, ""));
        Map<String, Object> theirs = DirectoryIT.addService("city", DirectoryIT.admin("city"), DirectoryIT.serviceJson(council,
                "Council " + word, null, null, ""));

        try (Browser partner = new Browser()) {
            partner.signIn(Deployments.PORTAL + "/", "fern.provider");
            partner.open(Deployments.PORTAL + "/city/directory/index.xhtml?q=" + word);
            assertThat(partner.heading()).isEqualTo("Services directory");
            assertThat(partner.texts(By.cssSelector("#services td a"))).contains("Framework " + word, "Council " + word);
            assertThat(partner.accessibilityViolations()).isEmpty();

            partner.clickAndWait(By.linkText("Framework " + word));
            assertThat(partner.heading()).isEqualTo("Change Framework " + word);
            assertThat(partner.accessibilityViolations()).isEmpty();
            partner.type(By.id("service:description"), "Supported lodgings with a host family for 16 and 17 year olds");
            partner.type(By.id("service:maximumAge"), "seventeen");
            partner.clickAndWait(By.id("service:save"));
            assertThat(partner.text(By.id("messages-box"))).contains("Enter the oldest age as a whole number of years");
            partner.type(By.id("service:minimumAge"), "16");
            partner.type(By.id("service:maximumAge"), "17");
            partner.clickAndWait(By.id("service:save"));
            assertThat(partner.text(By.id("saved"))).contains("Your changes have been saved");
            assertThat(partner.texts(By.cssSelector("#history td"))).anySatisfy(t -> assertThat(t).contains("Ages: 0 to 4 → 16 to 17"));
            assertThat(partner.accessibilityViolations()).isEmpty();
            assertThat(Api.get("/city/directory/services/" + own.get("id"), DirectoryIT.admin("city")).body())
                    .contains("Supported lodgings with a host family")
                    // what the page does not show is kept as it was: the contact's title, the cost's words, the times' ids
                    .contains("\"title\":\"Reception\"", "\"amountDescription\":\"Free\"", "Monday, Wednesday 9:30am to 12pm");

            partner.clickAndWait(By.id("check:mark-checked"));
            assertThat(partner.text(By.id("checked-notice"))).contains("marked as checked today");

            // another organisation's entry: read, not changed
            partner.open(Deployments.PORTAL + "/city/directory/service.xhtml?id=" + theirs.get("id"));
            assertThat(partner.heading()).isEqualTo("Council " + word);
            assertThat(partner.pageSource()).doesNotContain("id=\"service:save\"").contains("Only the council's administrators and its own staff");
            assertThat(partner.accessibilityViolations()).isEmpty();
        }
    }
}
