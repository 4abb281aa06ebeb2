package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Signing in through Keycloak's own page in a real Chromium and landing on the portal's home page,
 * which shows each council the user works for with the modules their roles there open.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserSignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void aPartnerUserSeesBothCouncilsWithTheModulesTheirRolesOpen() {
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "pat.police");

            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Your councils");
            assertThat(councils(browser)).containsExactly("city", "county");
            assertThat(modulesOf(browser, "city")).containsExactly("early-help");
            assertThat(linkTexts(browser, "city")).containsExactly("Refer a family for early help");
            assertThat(modulesOf(browser, "county")).containsExactly("early-help");
            assertThat(browser.driver().findElement(By.cssSelector(".portal-header__user")).getText()).contains("Pat Constable");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }

    @Test
    void aCityCaseWorkerSeesOnlyTheCityAndItsCaseworkModules() {
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "casey.city");

            assertThat(councils(browser)).containsExactly("city");
            assertThat(modulesOf(browser, "city")).containsExactlyInAnyOrder("early-help", "attendance", "housing");
            assertThat(browser.driver().getPageSource()).doesNotContain("Nottinghamshire County Council</h2>");
        }
    }

    @Test
    void aModulePageOpensFromTheMenuInTheChosenCouncil() {
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "lee.licensing");
            browser.driver().findElement(By.linkText("Licence applications")).click();

            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Child Licensing");
            assertThat(browser.driver().getPageSource()).contains("You are working for Nottinghamshire County Council");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }

    private static List<String> councils(Browser b) {
        return b.driver().findElements(By.cssSelector("section.council")).stream()
                .map(s -> s.getAttribute("data-tenant")).toList();
    }

    private static List<String> modulesOf(Browser b, String tenant) {
        return b.driver().findElements(By.cssSelector("section.council[data-tenant='" + tenant + "'] li.module")).stream()
                .map(m -> m.getAttribute("data-module")).toList();
    }

    private static List<String> linkTexts(Browser b, String tenant) {
        return b.driver().findElements(By.cssSelector("section.council[data-tenant='" + tenant + "'] li.module a")).stream()
                .map(WebElement::getText).toList();
    }
}
