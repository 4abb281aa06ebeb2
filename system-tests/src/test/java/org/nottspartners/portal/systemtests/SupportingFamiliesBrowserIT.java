package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Supporting Families in Chromium (issue 18): the performance team's queue of families screened, each with what it
 * met and its claim in words, and the claims spreadsheet; both accessibility engines pass.
 */
@ExtendWith(ArquillianExtension.class)
class SupportingFamiliesBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void thePerformanceTeamReadsItsQueueAndTakesTheClaims() throws Exception {
        String casey = Api.token("casey.city");
        String family = TestNames.unique("Queue");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        var child = Api.post("/city/people", casey, "{\"givenName\":\"Ada\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\""
                + today.minusYears(9) + "\"}");
        String childId = (String) Api.json(child.body()).get("id");
        var screened = Api.post("/city/troubled-families/screenings", casey, "{\"caseId\":\"EH-" + UUID.randomUUID()
                + "\",\"indexChildId\":\"" + childId + "\",\"members\":[{\"personId\":\"" + childId + "\",\"criteria\":[\"education\","
                + "\"health\",\"housing\"]}],\"leadPractitioner\":\"Casey Walker\",\"wholeFamilyAssessment\":true,\"familyPlan\":true}");
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);

        try (Browser sau = new Browser()) {
            sau.signIn(Deployments.PORTAL + "/", "robin.performance");
            sau.open(Deployments.PORTAL + "/city/troubled-families/index.xhtml");
            assertThat(sau.heading()).isEqualTo("Supporting Families");
            String rows = String.join(" | ", sau.texts(By.cssSelector("#families td")));
            assertThat(rows).contains("Ada " + family, "Getting a good education: recorded for Ada " + family,
                    "The case is still open");
            assertThat(sau.accessibilityViolations()).isEmpty();
            assertThat(sau.texts(By.cssSelector("#board th[scope='row']"))).contains("Families attached (flagged at screening)",
                    "Claims made (closure checklist to the SAU)");
            Path report = sau.download(By.id("report-export:download"));
            assertThat(Files.size(report)).isPositive();
            Path claims = sau.download(By.id("export:download"));
            assertThat(Files.size(claims)).isPositive();
        }
    }
}
