package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nottspartners.portal.launcher.MailCatcher;
import org.openqa.selenium.By;

/**
 * A member of the public in Chromium (issue 16): registers on Keycloak's page, verifies their e-mail from the message
 * the real SMTP catcher received, chooses the council where the child lives, fills in an employment permit application
 * page by page in GOV.UK patterns (the error summary linked to each field, the rules broken shown before sending), and
 * sends it; the City's licensing officer grants it. Both accessibility engines on every page.
 */
@ExtendWith(ArquillianExtension.class)
class LicensingBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @BeforeAll
    static void officerAndTerm() {
        String ada = Api.token("ada.cityadmin");
        assertThat(Api.post("/city/admin/calendar/terms", ada, "{\"name\":\"Enforcement term " + TODAY.getYear()
                + "\",\"startsOn\":\"" + TODAY.minusDays(60) + "\",\"endsOn\":\"" + TODAY.plusDays(90) + "\"}").statusCode())
                .isIn(201, 400, 409);
    }

    private static void accessible(Browser browser, String page) {
        assertThat(browser.accessibilityViolations()).as(page).isEmpty();
    }

    @Test
    void aNewMemberOfThePublicRegistersAppliesForAPermitAndTheOfficerGrantsIt() throws Exception {
        String name = "parent" + Long.toString(System.nanoTime(), 36);
        String email = name + "@example.org";
        // a family name of letters only, new in each run (a name takes no digits)
        String family = "Parent" + Long.toString(System.nanoTime() % 100000, 26).chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'a' + (c - '0') : c + 10))).reduce("", String::concat);
        String reference;
        try (Browser browser = new Browser()) {
            // registration on Keycloak's own page, and the e-mail it sends
            browser.open(Deployments.PORTAL + "/");
            browser.clickAndWait(By.linkText("Register"));
            browser.type(By.id("firstName"), "Robin");
            browser.type(By.id("lastName"), "Parent");
            browser.type(By.id("email"), email);
            browser.type(By.id("username"), name);
            browser.type(By.id("password"), "a long enough passphrase 7");
            browser.type(By.id("password-confirm"), "a long enough passphrase 7");
            browser.clickAndWait(By.cssSelector("input[type=submit], button[type=submit]"));
            assertThat(browser.pageSource()).contains("verify your email");
            MailCatcher.Mail verify = PortalStack.mail().awaitMessageTo(email, Duration.ofSeconds(30)).orElseThrow();
            String link = verify.links().stream().filter(l -> l.contains("action-token")).findFirst().orElseThrow();
            browser.open(link);
            if (!browser.currentUrl().startsWith(Deployments.PORTAL + "/")) {
                browser.clickAndWait(By.partialLinkText("here to proceed"));
            }
            browser.awaitPortal();

            // the council where the child lives
            assertThat(browser.heading()).isEqualTo("Where does the child live?");
            accessible(browser, "where the child lives");
            browser.clickAndWait(By.cssSelector("input[type=submit]"));
            assertThat(browser.text(By.cssSelector(".govuk-error-summary"))).contains("Select the council where the child lives");
            accessible(browser, "where the child lives, with its error");
            browser.click(By.xpath("//label[contains(., 'Nottingham City Council')]"));
            browser.clickAndWait(By.cssSelector("input[type=submit]"));
            assertThat(browser.currentUrl()).contains("/portal/city/licensing/apply.xhtml");
            accessible(browser, "apply");
            browser.click(By.xpath("//label[contains(., 'employment permit')]"));
            browser.clickAndWait(By.xpath("//input[@value='Start a new application']"));
            assertThat(browser.heading()).isEqualTo("Your application");
            accessible(browser, "task list");

            // the child: Continue with nothing answered names every answer in the summary, linked to its field
            browser.clickAndWait(By.linkText("The child"));
            accessible(browser, "the child");
            browser.clickAndWait(By.xpath("//input[@value='Continue']"));
            assertThat(browser.text(By.cssSelector(".govuk-error-summary"))).contains("Enter the child's first name",
                    "Enter the child's date of birth");
            assertThat(browser.attribute(By.linkText("Enter the child's first name"), "href")).endsWith("#f:childGivenName:input");
            assertThat(browser.pageSource()).contains("<title>Error: About the child");
            accessible(browser, "the child, with errors");
            browser.type(By.id("f:childGivenName:input"), "Sam");
            browser.type(By.id("f:childFamilyName:input"), family);
            LocalDate born = TODAY.minusYears(14).minusMonths(3);
            browser.type(By.id("f:childDateOfBirth:input"), String.valueOf(born.getDayOfMonth()));
            browser.type(By.id("f:childDateOfBirth:month"), String.valueOf(born.getMonthValue()));
            browser.type(By.id("f:childDateOfBirth:year"), "<script>");
            browser.type(By.id("f:childAddress:input"), "3 Trent Street, Nottingham NG1 1AA");
            browser.type(By.id("f:childSchool:input"), "Bluecoat Academy");
            browser.clickAndWait(By.xpath("//input[@value='Continue']"));
            assertThat(browser.text(By.cssSelector(".govuk-error-summary"))).contains("Enter the child's date of birth as year-month-day");
            browser.type(By.id("f:childDateOfBirth:year"), String.valueOf(born.getYear()));
            browser.clickAndWait(By.xpath("//input[@value='Continue']"));
            assertThat(browser.heading()).isEqualTo("Your application");
            assertThat(browser.text(By.id("child-status"))).isEqualTo("Completed");

            browser.clickAndWait(By.linkText("The child's parent"));
            browser.type(By.id("f:parentName:input"), "Robin Parent");
            browser.type(By.id("f:parentEmail:input"), email);
            browser.clickAndWait(By.xpath("//input[@value='Continue']"));

            browser.clickAndWait(By.linkText("The job"));
            accessible(browser, "the job");
            browser.type(By.id("f:organisation:input"), "Trent News Ltd");
            browser.type(By.id("f:title:input"), "Delivering newspapers");
            browser.type(By.id("f:place:input"), "12 High Street, Nottingham");
            LocalDate starts = TODAY.plusDays(14);
            browser.type(By.id("f:startsOn:input"), String.valueOf(starts.getDayOfMonth()));
            browser.type(By.id("f:startsOn:month"), String.valueOf(starts.getMonthValue()));
            browser.type(By.id("f:startsOn:year"), String.valueOf(starts.getYear()));
            browser.click(By.xpath("//label[contains(., 'delivering newspapers')]"));
            browser.clickAndWait(By.xpath("//input[@value='Continue']"));
            assertThat(browser.text(By.id("work-status"))).isEqualTo("Completed");

            // the days: a school-day morning in school hours is shown as breaking the rules before sending
            LocalDate tuesday = TODAY.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
            browser.clickAndWait(By.linkText("Days and hours of work"));
            browser.type(By.id("f:day:input"), String.valueOf(tuesday.getDayOfMonth()));
            browser.type(By.id("f:day:month"), String.valueOf(tuesday.getMonthValue()));
            browser.type(By.id("f:day:year"), String.valueOf(tuesday.getYear()));
            browser.type(By.id("f:start:input"), "08:00");
            browser.type(By.id("f:end:input"), "07:30");
            browser.clickAndWait(By.xpath("//input[@value='Add this day']"));
            assertThat(browser.text(By.cssSelector(".govuk-error-summary"))).contains("before it starts");
            browser.type(By.id("f:end:input"), "10:00");
            browser.clickAndWait(By.xpath("//input[@value='Add this day']"));
            assertThat(browser.text(By.id("breaches"))).contains("break the rules");
            assertThat(browser.pageSource()).contains("would be in school hours");
            accessible(browser, "the days, with a breach");
            browser.clickAndWait(By.partialLinkText("Remove"));
            assertThat(browser.heading()).startsWith("Are you sure you want to remove");
            accessible(browser, "remove a day");
            browser.clickAndWait(By.xpath("//input[@value='Yes, remove it']"));
            LocalDate saturday = tuesday.plusDays(4);
            browser.type(By.id("f:day:input"), String.valueOf(saturday.getDayOfMonth()));
            browser.type(By.id("f:day:month"), String.valueOf(saturday.getMonthValue()));
            browser.type(By.id("f:day:year"), String.valueOf(saturday.getYear()));
            browser.type(By.id("f:start:input"), "08:00");
            browser.type(By.id("f:end:input"), "10:00");
            browser.clickAndWait(By.xpath("//input[@value='Add this day']"));
            assertThat(browser.pageSource()).as(browser.text(By.id("main-content"))).contains("id=\"rules-kept\"");
            browser.clickAndWait(By.linkText("Continue"));

            browser.clickAndWait(By.linkText("Check your answers and send"));
            assertThat(browser.heading()).isEqualTo("Check your answers before sending your application");
            assertThat(browser.pageSource()).contains("Trent News Ltd", "Delivering newspapers");
            accessible(browser, "check your answers");
            browser.clickAndWait(By.xpath("//input[@value='Accept and send']"));
            assertThat(browser.heading()).isEqualTo("Application sent");
            reference = browser.text(By.id("reference"));
            assertThat(reference).startsWith("LIC-");
            accessible(browser, "application sent");

            // telling the council of a child working without a licence, on its own page
            browser.clickAndWait(By.linkText("Your applications"));
            assertThat(browser.text(By.cssSelector("table.govuk-table"))).contains(reference, "Sent");
            browser.clickAndWait(By.partialLinkText("Tell us about a child"));
            accessible(browser, "tell us about unlicensed work");
            browser.clickAndWait(By.xpath("//input[@value='Send']"));
            assertThat(browser.text(By.cssSelector(".govuk-error-summary"))).contains("Enter who the child is");
            accessible(browser, "tell us about unlicensed work, with errors");
            browser.type(By.id("f:child:input"), "A boy of about 12 from Trent Street");
            browser.type(By.id("f:work:input"), "Washing cars at the garage on school mornings");
            browser.clickAndWait(By.xpath("//input[@value='Send']"));
            assertThat(browser.heading()).isEqualTo("Thank you");
        }

        try (Browser officer = new Browser()) {
            officer.signIn(Deployments.PORTAL + "/", "lou.licensing");
            officer.clickAndWait(By.linkText("Licence applications"));
            accessible(officer, "the officer's queue");
            officer.clickAndWait(By.linkText(reference));
            assertThat(officer.text(By.id("rules-kept"))).contains("keep the rules");
            accessible(officer, "the officer's application");
            // the school's view, asked of a school user of the council and answered by them on their own page
            officer.select(By.id("school:schoolUser"), "sam.school");
            officer.clickAndWait(By.id("school:ask"));
            try (Browser school = new Browser()) {
                school.signIn(Deployments.PORTAL + "/", "sam.school");
                school.clickAndWait(By.linkText("Licences: the school's view"));
                accessible(school, "the school's requests");
                school.clickAndWait(By.linkText("Sam " + family));
                accessible(school, "a request for the school's view");
                school.type(By.id("answer:view"), "Attendance is good; two early mornings do not affect school.");
                school.clickAndWait(By.id("answer:send"));
                assertThat(school.text(By.id("answered"))).contains("two early mornings");
            }
            officer.clickAndWait(By.linkText("Licence applications"));
            officer.clickAndWait(By.linkText(reference));
            assertThat(officer.pageSource()).contains("two early mornings do not affect school");
            officer.type(By.id("decide:words"), "No work on Sundays.");
            officer.clickAndWait(By.id("decide:grant"));
            assertThat(officer.text(By.id("status"))).contains("Granted", "No work on Sundays.");

            officer.clickAndWait(By.linkText("Unlicensed work"));
            accessible(officer, "unlicensed work");
            officer.clickAndWait(By.linkText("A boy of about 12 from Trent Street"));
            officer.select(By.id("follow:step"), "INFORMATION_REQUESTED");
            officer.type(By.id("follow:note"), "Asked the garage who works there");
            officer.clickAndWait(By.id("follow:record"));
            assertThat(officer.text(By.id("follow-ups"))).contains("Information requested", "Asked the garage");
            accessible(officer, "unlicensed work, a step recorded");
        }
    }

    /**
     * A chaperone's pages, their errors, a program sent as a DBS certificate, and the public list of approvals; then the
     * same member of the public completes their part as a parent of a producer's application.
     */
    @Test
    void aChaperoneIsToldInWordsWhatIsMissingAndAProgramIsNotADbsCertificate() throws Exception {
        KeycloakAdmin.ensureUser("quinn.public", List.of("public-applicant"));
        String quinn = Api.token("quinn.public");
        var draft = Api.json(Api.post("/county/licensing/applications", quinn, "{\"kind\":\"PERFORMANCE\"}").body());
        String production = "The Snow Queen " + System.nanoTime();
        var saved = Api.json(Api.put("/county/licensing/applications/" + draft.get("id"), quinn, "{\"version\":" + draft.get("version")
                + ",\"childGivenName\":\"Ivy\",\"childFamilyName\":\"Morgan\",\"parentName\":\"Pip Morgan\","
                + "\"parentEmail\":\"pip.public@example.org\",\"title\":\"" + production + "\",\"place\":\"Theatre Royal\"}").body());
        assertThat(Api.post("/county/licensing/applications/" + draft.get("id") + "/parent-invitation", quinn, "{\"version\":"
                + ((Number) saved.get("version")).longValue() + "}").statusCode()).isEqualTo(200);
        java.nio.file.Path program = java.nio.file.Files.createTempFile("dbs-certificate", ".pdf");
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        java.nio.file.Files.write(program, exe);
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "pip.public");
            browser.click(By.xpath("//label[contains(., 'Nottinghamshire County Council')]"));
            browser.clickAndWait(By.cssSelector("input[type=submit]"));
            browser.click(By.xpath("//label[contains(., 'chaperone licence')]"));
            browser.clickAndWait(By.xpath("//input[@value='Start a new application']"));
            browser.clickAndWait(By.linkText("About you and your DBS check"));
            accessible(browser, "about you");
            browser.type(By.id("f:dbsNumber:input"), "1234");
            browser.clickAndWait(By.xpath("//input[@value='Continue']"));
            assertThat(browser.text(By.cssSelector(".govuk-error-summary"))).contains("12 digits");
            accessible(browser, "about you, with errors");
            browser.clickAndWait(By.linkText("Back"));
            browser.clickAndWait(By.linkText("DBS certificate and photograph"));
            accessible(browser, "documents");
            browser.chooseFile(By.id("f:dbsCertificate:input"), program);
            browser.clickAndWait(By.xpath("//input[@value='Continue']"));
            assertThat(browser.text(By.cssSelector(".govuk-error-summary"))).contains("This file is a program, whatever its name says");
            assertThat(browser.attribute(By.linkText("The file must be a JPEG picture or a PDF or a PNG picture. This file is a program,"
                    + " whatever its name says."), "href")).endsWith("#f:dbsCertificate:input");
            accessible(browser, "documents, with a program refused");
            browser.open(Deployments.PORTAL + "/county/licensing/approvals.xhtml");
            assertThat(browser.heading()).isEqualTo("Organisations with a body of persons approval");
            accessible(browser, "approvals");

            // the parent's own part of a producer's application
            browser.open(Deployments.PORTAL + "/county/licensing/apply.xhtml");
            browser.clickAndWait(By.partialLinkText(production));
            assertThat(browser.heading()).isEqualTo("Your part as Ivy Morgan's parent");
            accessible(browser, "the parent's part");
            browser.clickAndWait(By.xpath("//input[@value='Send your part']"));
            assertThat(browser.text(By.cssSelector(".govuk-error-summary"))).contains("Say whether you agree", "Tell us about your child's health");
            accessible(browser, "the parent's part, with errors");
            browser.click(By.xpath("//label[@for='f:parentConsent:input']"));
            browser.type(By.id("f:healthDeclaration:input"), "None");
            browser.clickAndWait(By.xpath("//input[@value='Send your part']"));
            assertThat(browser.pageSource()).contains("Your part has been sent");
        } finally {
            java.nio.file.Files.deleteIfExists(program);
        }
    }
}
