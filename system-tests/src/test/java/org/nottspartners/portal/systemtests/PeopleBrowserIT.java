package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
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
        String family = "Bramley" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 4);
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "casey.city");
            browser.driver().findElement(By.linkText("Find a person")).click();
            assertThat(heading(browser)).isEqualTo("Find a person");
            assertThat(browser.driver().findElements(By.cssSelector("a.record-new"))).as("no creating before searching").isEmpty();
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.driver().findElement(By.id("find:name")).sendKeys("William " + family);
            browser.driver().findElement(By.id("find:search")).click();
            assertThat(browser.driver().findElement(By.id("results")).getText()).isEqualTo("No one matches");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.driver().findElement(By.cssSelector("a.record-new")).click();
            assertThat(heading(browser)).isEqualTo("Record a new person");
            assertThat(browser.driver().findElement(By.id("person:givenName")).getAttribute("value")).isEqualTo("William");
            assertThat(browser.driver().findElement(By.id("person:familyName")).getAttribute("value")).isEqualTo(family);
            browser.driver().findElement(By.id("person:postcode")).sendKeys("not a postcode");
            browser.driver().findElement(By.id("person:save")).click();
            assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText())
                    .contains("Enter a real postcode, like NG1 5AA");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.driver().findElement(By.id("person:postcode")).clear();
            browser.driver().findElement(By.id("person:postcode")).sendKeys("ng7 2bb");
            browser.driver().findElement(By.id("person:save")).click();
            assertThat(heading(browser)).isEqualTo("William " + family);
            assertThat(browser.driver().getCurrentUrl()).contains("/portal/city/people/person.xhtml?id=");
            assertThat(browser.driver().findElement(By.cssSelector(".person-details")).getText()).contains("NG7 2BB");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.driver().get(Deployments.PORTAL + "/city/people/find.xhtml");
            browser.driver().findElement(By.id("find:name")).sendKeys("Bill " + family);
            browser.driver().findElement(By.id("find:search")).click();
            assertThat(browser.driver().findElement(By.cssSelector("tr.match .reasons")).getText())
                    .contains("first name is another form of William");
        }
    }

    @Test
    void theNewPersonPageCannotBeReachedWithoutASearch() {
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "casey.city");
            browser.driver().get(Deployments.PORTAL + "/city/people/new.xhtml");

            assertThat(heading(browser)).isEqualTo("Find a person");
        }
    }

    private static String heading(Browser b) {
        return b.driver().findElement(By.tagName("h1")).getText();
    }
}
