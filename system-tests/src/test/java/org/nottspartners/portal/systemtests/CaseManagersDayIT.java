package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 14's "done when": a case manager's day in Chromium, on a desktop (1280 px) and on a phone (390 px): find a
 * family from the menu, add a note on the family page, screen and allocate the morning's referral from the case list,
 * sign out. Every page passes both accessibility engines and fits the screen without sideways scrolling. With
 * {@code -Dscreenshots.write=true} it saves each page to {@code docs/screenshots/} for reviewers.
 */
@ExtendWith(ArquillianExtension.class)
class CaseManagersDayIT {

    private static final boolean SCREENSHOTS = Boolean.getBoolean("screenshots.write");

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void aCaseManagersDayAtBothWidths() {
        for (int width : new int[] {1280, 390}) {
            day(width);
        }
    }

    private static void day(int width) {
        String family = TestNames.unique("Daybrook");
        String sam = Api.token("sam.school");
        HttpResponse<String> child = Api.post("/city/people", sam, "{\"givenName\":\"Ava\",\"familyName\":\"" + family
                + "\",\"dateOfBirth\":\"" + LocalDate.now().minusYears(8) + "\"}");
        assertThat(child.statusCode()).as(child.body()).isEqualTo(201);
        HttpResponse<String> referred = Api.post("/city/early-help/referrals", sam, "{\"indexChildId\":\"" + Api.json(child.body()).get("id")
                + "\",\"route\":\"EARLY_HELP_ASSESSMENT\",\"concerns\":\"Tired and late most days\",\"believedLevel\":\"ADDITIONAL\","
                + "\"assessmentForm\":\"Mother wants help with mornings\",\"consentGivenBy\":\"Mother\",\"consentDate\":\""
                + LocalDate.now() + "\",\"consentEvidence\":\"Signed\",\"referrerContact\":\"0115 900 1234\"}");
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        String reference = (String) Api.json(referred.body()).get("reference");

        try (Browser b = new Browser()) {
            b.signIn(Deployments.PORTAL + "/", "tess.citymanager");
            b.resize(width, 900);
            fits(b, width, "home");

            // find the family from the menu
            b.clickAndWait(By.linkText("Find a person"));
            b.type(By.id("find:name"), "Ava " + family);
            b.clickAndWait(By.id("find:search"));
            b.clickAndWait(By.cssSelector("tr.match a"));
            assertThat(b.heading()).isEqualTo("Ava " + family);
            fits(b, width, "family-record");

            // a note on the family page
            b.select(By.id("note:type"), "TELEPHONE_CALL");
            b.type(By.id("note:eventDate"), LocalDate.now().toString());
            b.type(By.id("note:summary"), "School rang: Ava tired again, mother asks for help");
            b.type(By.id("note:callerNumber"), "0115 915 0000");
            b.type(By.id("note:callerName"), "Sam Reid");
            b.type(By.id("note:callerRole"), "Designated safeguarding lead, Bluecoat Primary");
            b.type(By.id("note:callPurpose"), "Ava's attendance and tiredness");
            b.clickAndWait(By.id("note:addNote"));
            assertThat(b.count(By.cssSelector(".error-summary")) == 0 ? "" : b.text(By.cssSelector(".error-summary")))
                    .as("the note at " + width + " px").isEmpty();
            assertThat(b.text(By.id("noted"))).contains("The note has been added");

            // screen and allocate the morning's referral from the case list
            b.clickAndWait(By.linkText("Early help cases"));
            fits(b, width, "case-list");
            b.clickAndWait(By.linkText(reference));
            b.select(By.id("frontDoor:decision"), "ACCEPT_TO_TEAM");
            b.select(By.id("frontDoor:teamCode"), "city-hub-meadows");
            b.select(By.id("frontDoor:decidedLevel"), "ADDITIONAL");
            b.type(By.id("frontDoor:reasons"), "Routines and attendance: CAF with family support");
            b.clickAndWait(By.id("frontDoor:decide"));
            assertThat(b.text(By.id("stage"))).isEqualTo("With a team, to screen");
            b.select(By.id("allocation:worker"), "casey.city");
            b.clickAndWait(By.id("allocation:allocate"));
            assertThat(b.text(By.id("lead"))).isEqualTo("Casey Walker (casey.city)");
            fits(b, width, "case");

            b.clickAndWait(By.linkText("Sign out"));
            assertThat(b.heading()).isEqualTo("You have signed out");
        }
    }

    /** The page passes both accessibility engines and fits the screen's width, cutting nothing off. */
    private static void fits(Browser b, int width, String name) {
        if (SCREENSHOTS) {
            b.screenshot(Path.of("..", "docs", "screenshots", name + "-" + width + ".png"));
        }
        assertThat(b.accessibilityViolations()).as(name + " at " + width + " px").isEmpty();
        assertThat(b.sidewaysOverflow()).as(name + " at " + width + " px scrolls sideways").isZero();
        assertThat(b.clippedElements()).as(name + " at " + width + " px cuts off").isEmpty();
    }
}
