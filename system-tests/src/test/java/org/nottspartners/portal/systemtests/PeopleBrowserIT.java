package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Search before create in a real Chromium: a case worker searches, finds no one, records the person
 * (correcting a mistake the page explains), then finds them again by a nickname; every page passes
 * axe-core's WCAG 2.2 AA rules.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void searchFirstThenRecordThenFindAgain() {
        String family = TestNames.unique("Bramley");
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "casey.city");
            browser.clickAndWait(By.linkText("Find a person"));
            assertThat(browser.heading()).isEqualTo("Find a person");
            assertThat(browser.count(By.cssSelector("a.record-new"))).as("no creating before searching").isZero();
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.type(By.id("find:name"), "William " + family);
            browser.clickAndWait(By.id("find:search"));
            assertThat(browser.text(By.id("results"))).isEqualTo("No one matches");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.clickAndWait(By.cssSelector("a.record-new"));
            assertThat(browser.heading()).isEqualTo("Record a new person");
            assertThat(browser.value(By.id("person:givenName"))).isEqualTo("William");
            assertThat(browser.value(By.id("person:familyName"))).isEqualTo(family);
            browser.type(By.id("person:postcode"), "not a postcode");
            browser.clickAndWait(By.id("person:save"));
            assertThat(browser.text(By.cssSelector(".error-summary")))
                    .contains("Enter a real postcode, like NG1 5AA");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.type(By.id("person:postcode"), "ng7 2bb");
            browser.clickAndWait(By.id("person:save"));
            assertThat(browser.heading()).isEqualTo("William " + family);
            assertThat(browser.currentUrl()).contains("/portal/city/people/person.xhtml?id=");
            assertThat(browser.text(By.cssSelector(".person-details"))).contains("NG7 2BB");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.open(Deployments.PORTAL + "/city/people/find.xhtml");
            browser.type(By.id("find:name"), "Bill " + family);
            browser.clickAndWait(By.id("find:search"));
            assertThat(browser.text(By.cssSelector("tr.match .reasons")))
                    .contains("first name is another form of William");
        }
    }

    @Test
    void theNewPersonPageCannotBeReachedWithoutASearch() {
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "casey.city");
            browser.open(Deployments.PORTAL + "/city/people/new.xhtml");

            assertThat(browser.heading()).isEqualTo("Find a person");
        }
    }
}
