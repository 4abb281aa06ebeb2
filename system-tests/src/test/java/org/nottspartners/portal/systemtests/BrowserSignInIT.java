package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nottspartners.portal.launcher.MailCatcher;
import org.openqa.selenium.By;

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

    /**
     * Issue 27: a form posted in a session the portal no longer has (timed out, or its server lost in a cluster) is
     * answered "not saved" (409), not sent on to sign in and the home page as if nothing had been typed.
     */
    @Test
    void aFormPostedInASessionThePortalNoLongerHasIsAnsweredNotSaved() throws Exception {
        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Deployments.PORTAL + "/city/index.xhtml"))
                .header("Cookie", "JSESSIONID=a-session-that-ended")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("summary=typed+before+the+server+went")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("What you sent was not saved").doesNotContain("kc-form-login");
    }

    @Test
    void aPartnerUserSwitchesCouncilInTheHeaderAndSeesOnlyThatCouncilsMenu() {
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "pat.police");

            assertThat(browser.currentUrl()).endsWith("/portal/city/index.xhtml");
            assertThat(browser.heading()).isEqualTo("Nottingham City Council");
            assertThat(councilsShown(browser)).containsExactly("city");
            assertThat(modules(browser)).containsExactly("early-help");
            assertThat(links(browser)).contains("Refer a family for early help");
            assertThat(browser.text(By.cssSelector(".portal-header__user"))).contains("Pat Constable");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.clickAndWait(By.cssSelector("a.council-switch[data-tenant='county']"));

            assertThat(browser.currentUrl()).endsWith("/portal/county/index.xhtml");
            assertThat(browser.heading()).isEqualTo("Nottinghamshire County Council");
            assertThat(councilsShown(browser)).containsExactly("county");
            assertThat(browser.attributes(By.cssSelector("a.council-switch"), "data-tenant")).containsExactly("city");
        }
    }

    @Test
    void aUserOfOneCouncilIsNeverOfferedTheOther() {
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "casey.city");

            assertThat(browser.heading()).isEqualTo("Nottingham City Council");
            assertThat(modules(browser)).containsExactlyInAnyOrder("early-help", "attendance", "housing");
            assertThat(browser.count(By.cssSelector("a.council-switch"))).isZero();
            assertThat(browser.text(By.tagName("header"))).doesNotContain("Nottinghamshire County Council");
            assertThat(browser.text(By.tagName("main"))).doesNotContain("Nottinghamshire County Council");

            browser.open(Deployments.PORTAL + "/county/index.xhtml");
            assertThat(browser.heading()).isEqualTo("Page not found");
        }
    }

    /** A link to a page, opened while signed out, opens that page after signing in, not the home page (issue 14). */
    @Test
    void aLinkOpenedWhileSignedOutOpensItsPageAfterSigningIn() {
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/city/people/find.xhtml?name=Ann", "casey.city");
            assertThat(browser.currentUrl()).isEqualTo(Deployments.PORTAL + "/city/people/find.xhtml?name=Ann");
            assertThat(browser.heading()).isNotEqualTo("Nottingham City Council");
        }
    }

    @Test
    void aModulePageOpensFromTheMenuInTheChosenCouncil() {
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "lee.licensing");
            browser.clickAndWait(By.linkText("Licence applications"));

            assertThat(browser.currentUrl()).endsWith("/portal/county/licensing/index.xhtml");
            assertThat(browser.heading()).isEqualTo("Licence applications");
            assertThat(browser.pageSource()).contains("sent to Nottinghamshire County Council");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }

    @Test
    void anAdministratorSwitchesAModuleOffAndOnForTheirCouncil() {
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "ada.cityadmin");
            browser.clickAndWait(By.linkText("Modules used by this council"));
            assertThat(browser.heading()).isEqualTo("Modules used by Nottingham City Council");
            assertThat(browser.accessibilityViolations()).isEmpty();

            // issue 14: switching off asks first, and says what everyone in the council will lose
            browser.click(By.xpath("//button[contains(., 'Switch off 16/17 Housing')]"));
            assertThat(browser.text(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")))
                    .contains("Everyone in Nottingham City Council loses 16/17 Housing at once", "Its records are kept");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.click(By.xpath("//button[contains(., 'No, keep it on')]"));
            assertThat(status(browser, "housing")).as("kept on when the administrator says no").isEqualTo("On");
            browser.click(By.xpath("//button[contains(., 'Switch off 16/17 Housing')]"));
            browser.clickAndWait(By.xpath("//button[contains(., 'Yes, switch it off')]"));
            assertThat(status(browser, "housing")).isEqualTo("Off");
            assertThat(browser.currentUrl()).contains("/portal/city/admin/modules.xhtml");
            assertThat(browser.pageSource()).contains("16/17 Housing is now switched off for this council.");

            browser.clickAndWait(By.xpath("//button[contains(., 'Switch on 16/17 Housing')]"));
            assertThat(status(browser, "housing")).isEqualTo("On");
        }
    }

    @Test
    void signingOutEndsThePortalAndKeycloakSessionsSoBackAndAFreshVisitAskForThePassword() {
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "casey.city");
            assertThat(browser.heading()).isEqualTo("Nottingham City Council");

            browser.clickAndWait(By.linkText("Sign out"));
            assertThat(browser.heading()).isEqualTo("You have signed out");
            assertThat(browser.currentUrl()).startsWith(Deployments.PORTAL + "/signed-out.xhtml");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.back();
            assertThat(browser.currentUrl()).as("the back button asks the server, which sends the user to sign in")
                    .startsWith(PortalStack.keycloak().issuer());
            assertThat(browser.count(By.id("password"))).isEqualTo(1);
            assertThat(browser.pageSource()).doesNotContain("Nottingham City Council");

            browser.open(Deployments.PORTAL + "/city/index.xhtml");
            assertThat(browser.currentUrl()).as("Keycloak's session has ended too: no silent sign-in")
                    .startsWith(PortalStack.keycloak().issuer());
            assertThat(browser.count(By.id("password"))).isEqualTo(1);
        }
    }

    private static String status(Browser b, String module) {
        return b.text(By.cssSelector(".module-status[data-module='" + module + "']"));
    }

    private static List<String> councilsShown(Browser b) {
        return b.attributes(By.cssSelector("section.council"), "data-tenant");
    }

    private static List<String> modules(Browser b) {
        return b.attributes(By.cssSelector("li.module"), "data-module");
    }

    private static List<String> links(Browser b) {
        return b.texts(By.cssSelector("li.module a"));
    }

    /**
     * Issue 11: a member of the public who registers on Keycloak's page must prove their e-mail address before they
     * are signed in; Keycloak sends the link through the mail server (the tests' mail catcher), and following it
     * signs them in. Their new account holds no council role.
     */
    @Test
    void aMemberOfThePublicWhoRegistersVerifiesTheirEmailAddressBeforeSigningIn() throws InterruptedException {
        String user = TestNames.unique("applicant");
        String email = user + "@example.org";
        try (Browser browser = new Browser()) {
            browser.open(Deployments.PORTAL + "/");
            browser.clickAndWait(By.linkText("Register"));
            browser.type(By.id("username"), user);
            browser.type(By.id("email"), email);
            browser.type(By.id("firstName"), "Avery");
            browser.type(By.id("lastName"), "Applicant");
            browser.type(By.id("password"), "a long pass phrase");
            browser.type(By.id("password-confirm"), "a long pass phrase");
            browser.clickAndWait(By.cssSelector("input[type=submit], button[type=submit]"));

            assertThat(browser.currentUrl()).as("not signed in before the address is verified")
                    .doesNotStartWith(Deployments.PORTAL + "/");
            assertThat(browser.text(By.tagName("body"))).containsIgnoringCase("verify your email");

            MailCatcher.Mail mail = PortalStack.mail().awaitMessageTo(email, java.time.Duration.ofSeconds(60))
                    .orElseThrow(() -> new AssertionError("Keycloak sent no e-mail to " + email + "; received: "
                            + PortalStack.mail().messages()));
            assertThat(mail.subject()).containsIgnoringCase("verify");
            String link = mail.links().stream().filter(l -> l.contains("action-token")).findFirst()
                    .orElseThrow(() -> new AssertionError("no verification link in " + mail.body()));
            browser.open(link);
            if (!browser.currentUrl().startsWith(Deployments.PORTAL + "/") && browser.count(By.partialLinkText("proceed")) > 0) {
                browser.clickAndWait(By.partialLinkText("proceed"));
            }
            browser.awaitPortal();
            // a member of the public is a member of no council: the portal asks where the child lives (issue 16)
            assertThat(browser.heading()).isEqualTo("Where does the child live?");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }
}
