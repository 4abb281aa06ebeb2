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
 * Signing in through Keycloak's own page in a real Chromium, landing on the home page of a council that
 * shows the modules the user's roles open there; a partner user switches council in the header; pages
 * pass axe-core's WCAG 2.2 AA rules.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserSignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void aPartnerUserSwitchesCouncilInTheHeaderAndSeesOnlyThatCouncilsMenu() {
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "pat.police");

            assertThat(browser.driver().getCurrentUrl()).endsWith("/portal/city/index.xhtml");
            assertThat(heading(browser)).isEqualTo("Nottingham City Council");
            assertThat(councilsShown(browser)).containsExactly("city");
            assertThat(modules(browser)).containsExactly("early-help");
            assertThat(links(browser)).contains("Refer a family for early help");
            assertThat(browser.driver().findElement(By.cssSelector(".portal-header__user")).getText()).contains("Pat Constable");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.driver().findElement(By.cssSelector("a.council-switch[data-tenant='county']")).click();

            assertThat(browser.driver().getCurrentUrl()).endsWith("/portal/county/index.xhtml");
            assertThat(heading(browser)).isEqualTo("Nottinghamshire County Council");
            assertThat(councilsShown(browser)).containsExactly("county");
            assertThat(browser.driver().findElements(By.cssSelector("a.council-switch")))
                    .extracting(a -> a.getAttribute("data-tenant")).containsExactly("city");
        }
    }

    @Test
    void aUserOfOneCouncilIsNeverOfferedTheOther() {
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "casey.city");

            assertThat(heading(browser)).isEqualTo("Nottingham City Council");
            assertThat(modules(browser)).containsExactlyInAnyOrder("early-help", "attendance", "housing");
            assertThat(browser.driver().findElements(By.cssSelector("a.council-switch"))).isEmpty();
            assertThat(browser.driver().findElement(By.tagName("header")).getText()).doesNotContain("Nottinghamshire County Council");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).doesNotContain("Nottinghamshire County Council");

            browser.driver().get(Deployments.PORTAL + "/county/index.xhtml");
            assertThat(heading(browser)).isEqualTo("Page not found");
        }
    }

    @Test
    void aModulePageOpensFromTheMenuInTheChosenCouncil() {
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "lee.licensing");
            browser.driver().findElement(By.linkText("Licence applications")).click();

            assertThat(browser.driver().getCurrentUrl()).endsWith("/portal/county/licensing/index.xhtml");
            assertThat(heading(browser)).isEqualTo("Child Licensing");
            assertThat(browser.driver().getPageSource()).contains("You are working for Nottinghamshire County Council");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }

    @Test
    void anAdministratorSwitchesAModuleOffAndOnForTheirCouncil() {
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "ada.cityadmin");
            browser.driver().findElement(By.linkText("Modules used by this council")).click();
            assertThat(heading(browser)).isEqualTo("Modules used by Nottingham City Council");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.driver().findElement(By.xpath("//button[contains(., 'Switch off 16/17 Housing')]")).click();
            assertThat(status(browser, "housing")).isEqualTo("Off");
            assertThat(browser.driver().getCurrentUrl()).contains("/portal/city/admin/modules.xhtml");
            assertThat(browser.driver().getPageSource()).contains("16/17 Housing is now switched off for this council.");

            browser.driver().findElement(By.xpath("//button[contains(., 'Switch on 16/17 Housing')]")).click();
            assertThat(status(browser, "housing")).isEqualTo("On");
        }
    }

    private static String heading(Browser b) {
        return b.driver().findElement(By.tagName("h1")).getText();
    }

    private static String status(Browser b, String module) {
        return b.driver().findElement(By.cssSelector(".module-status[data-module='" + module + "']")).getText();
    }

    private static List<String> councilsShown(Browser b) {
        return b.driver().findElements(By.cssSelector("section.council")).stream()
                .map(s -> s.getAttribute("data-tenant")).toList();
    }

    private static List<String> modules(Browser b) {
        return b.driver().findElements(By.cssSelector("li.module")).stream().map(m -> m.getAttribute("data-module")).toList();
    }

    private static List<String> links(Browser b) {
        return b.driver().findElements(By.cssSelector("li.module a")).stream().map(WebElement::getText).toList();
    }
}
