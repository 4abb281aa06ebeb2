package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * 16/17 housing in Chromium (issue 17): a housing officer logs a homeless 16-year-old from the family record and takes
 * the emergency to an emergency bed inside its hour clocks (a bed and breakfast refused on the way); the dashboard
 * shows the open emergency; a provider sees the referrals sent to it and not another provider's. Every page passes both
 * accessibility engines.
 */
@ExtendWith(ArquillianExtension.class)
class HousingBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    private static String post(String path, String token, String json) {
        var r = Api.post(path, token, json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return (String) Api.json(r.body()).get("id");
    }

    @Test
    void anEmergencyFromPresentationToAnEmergencyBedInsideItsClocks() {
        String harper = Api.token("harper.housing");
        String family = TestNames.unique("Haven");
        String person = post("/county/people", harper, "{\"givenName\":\"Robin\",\"familyName\":\"" + family
                + "\",\"dateOfBirth\":\"" + TODAY.minusYears(16).minusDays(20) + "\"}");
        String bedName = "Framework night beds " + family;
        String bed = post("/county/housing/providers", harper, "{\"name\":\"" + bedName + "\",\"organisation\":\"Framework Housing"
                + " Association\",\"kind\":\"EMERGENCY_BED\",\"vacancies\":2}");
        String hotel = post("/county/housing/providers", harper, "{\"name\":\"Hotel " + family + "\",\"organisation\":\"Hotel Ltd\","
                + "\"kind\":\"BED_AND_BREAKFAST\",\"vacancies\":4}");

        try (Browser officer = new Browser()) {
            officer.signIn(Deployments.PORTAL + "/", "harper.housing");
            officer.open(Deployments.PORTAL + "/county/people/person.xhtml?id=" + person);
            officer.clickAndWait(By.linkText("Log a homeless presentation"));
            assertThat(officer.heading()).isEqualTo("Log a homeless presentation: Robin " + family);
            assertThat(officer.accessibilityViolations()).isEmpty();
            officer.clickAndWait(By.id("log:save"));
            assertThat(officer.text(By.id("messages-box"))).contains("There is a problem", "Choose why the young person is presenting");
            officer.select(By.id("log:reason"), "SOFA_SURFING");
            officer.type(By.id("log:circumstances"), "Asked to leave a friend's flat tonight");
            officer.clickAndWait(By.id("log:save"));
            assertThat(officer.heading()).isEqualTo("Robin " + family + ", 16: homeless presentation");
            assertThat(officer.text(By.id("messages-box"))).contains("allocate a Rapid Assessment Worker within the hour");
            assertThat(officer.texts(By.cssSelector("#clocks li"))).anyMatch(c -> c.startsWith("Rapid Assessment Worker allocated: due ")
                    && c.endsWith("left")).anyMatch(c -> c.startsWith("Young person contacted: due "));
            assertThat(officer.accessibilityViolations()).isEmpty();

            officer.type(By.id("allocate:worker"), "Sam Rapid");
            officer.clickAndWait(By.id("allocate:save"));
            assertThat(officer.text(By.id("raw"))).isEqualTo("Sam Rapid");
            officer.click(By.cssSelector("input[name='contact:faceToFace'][value='true']"));
            officer.clickAndWait(By.id("contact:save"));
            assertThat(officer.texts(By.cssSelector("#clocks li"))).anyMatch(c -> c.startsWith("Rapid Assessment Worker allocated")
                    && c.endsWith("met in time")).anyMatch(c -> c.startsWith("Young person contacted") && c.endsWith("met in time"));

            // a bed and breakfast is refused for a 16-year-old, in words
            officer.select(By.id("bed:provider"), hotel);
            officer.clickAndWait(By.id("bed:save"));
            assertThat(officer.text(By.id("messages-box"))).contains("Bed and breakfast is unsuitable for a young person aged 16");
            assertThat(officer.text(By.id("bed-now"))).isEqualTo("None");
            assertThat(officer.accessibilityViolations()).isEmpty();

            officer.select(By.id("bed:provider"), bed);
            officer.clickAndWait(By.id("bed:save"));
            assertThat(officer.text(By.id("bed-now"))).startsWith(bedName + " from ");
            assertThat(officer.texts(By.cssSelector("#clocks li"))).anyMatch(c -> c.startsWith("Daily contact in an emergency bed: due ")
                    && c.endsWith("left"));
            officer.type(By.id("bed-contact:notes"), "Settled in; mediation with mum tomorrow");
            officer.clickAndWait(By.id("bed-contact:save"));
            assertThat(officer.texts(By.cssSelector("#contacts td"))).contains("Settled in; mediation with mum tomorrow");
            assertThat(officer.accessibilityViolations()).isEmpty();

            officer.open(Deployments.PORTAL + "/county/housing/index.xhtml");
            assertThat(officer.heading()).isEqualTo("16/17 homelessness");
            assertThat(officer.texts(By.cssSelector("#emergencies a"))).contains("Robin " + family);
            assertThat(officer.accessibilityViolations()).isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProviderSeesTheReferralsSentToItAndNoOthers() {
        String harper = Api.token("harper.housing");
        String framework = post("/county/housing/providers", harper, "{\"name\":\"Framework house " + TestNames.unique("F")
                + "\",\"organisation\":\"Framework Housing Association\",\"kind\":\"SUPPORTED_ACCOMMODATION\",\"vacancies\":1}");
        String hope = post("/county/housing/providers", harper, "{\"name\":\"Hope house " + TestNames.unique("H")
                + "\",\"organisation\":\"Hope Street Supported Housing\",\"kind\":\"SUPPORTED_ACCOMMODATION\",\"vacancies\":1}");
        String ours = TestNames.unique("Ours");
        String theirs = TestNames.unique("Theirs");
        for (String[] sent : List.of(new String[] {ours, framework}, new String[] {theirs, hope})) {
            String person = post("/county/people", harper, "{\"givenName\":\"Sky\",\"familyName\":\"" + sent[0] + "\",\"dateOfBirth\":\""
                    + TODAY.minusYears(17) + "\"}");
            var a = Api.post("/county/housing/a1s", harper, "{\"personId\":\"" + person + "\",\"route\":\"SERVED_NOTICE\",\"answers\":"
                    + "{\"sleeping\":\"sofa\",\"risk\":\"some\",\"support\":\"low\",\"mediation\":\"not-yet\",\"ete\":\"yes\"}}");
            Map<String, Object> a1 = Api.json(a.body());
            assertThat(Api.post("/county/housing/a1s/" + a1.get("id") + "/offers", harper, "{\"version\":" + a1.get("version")
                    + ",\"providerIds\":[\"" + sent[1] + "\"]}").statusCode()).isEqualTo(200);
        }
        try (Browser provider = new Browser()) {
            provider.signIn(Deployments.PORTAL + "/", "fern.provider");
            provider.open(Deployments.PORTAL + "/county/housing/provider.xhtml");
            assertThat(provider.heading()).isEqualTo("Referrals sent to us");
            String rows = String.join(" | ", provider.texts(By.cssSelector("#offers td")));
            assertThat(rows).contains("Sky " + ours).doesNotContain(theirs);
            assertThat(provider.accessibilityViolations()).isEmpty();
            provider.clickAndWait(By.xpath("//button[contains(., 'Accept Sky " + ours + "')]"));
            assertThat(provider.text(By.id("messages-box"))).contains("Accepted");
            assertThat(provider.accessibilityViolations()).isEmpty();
            // the council's own pages are not the provider's
            provider.open(Deployments.PORTAL + "/county/housing/index.xhtml");
            assertThat(provider.heading()).isNotEqualTo("16/17 homelessness");
        }
    }
}
