package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * School attendance in Chromium (issue 15): a school sends a register with a wrong line and is told which, then sends
 * it right and sees its report; an attendance officer opens the pupil from the family record, requests a penalty notice
 * for the parent the rule allows, issues it and downloads its letter; the officer's worklist after the scan. Each page
 * passes both accessibility engines.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void aSchoolSendsItsRegisterAndAnOfficerIssuesANoticeAndDownloadsItsLetter() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        String ada = Api.token("ada.cityadmin");
        assertThat(Api.post("/city/admin/calendar/terms", ada, "{\"name\":\"Enforcement term " + today.getYear()
                + "\",\"startsOn\":\"" + today.minusDays(60) + "\",\"endsOn\":\"" + today.plusDays(90) + "\"}").statusCode())
                .isIn(201, 400, 409);
        String casey = Api.token("casey.city");
        String upn = AttendanceRegisterIT.upn();
        String family = TestNames.unique("Register");
        Map<String, Object> child = Api.json(Api.post("/city/people", casey, "{\"givenName\":\"Nell\",\"familyName\":\"" + family
                + "\",\"dateOfBirth\":\"2016-02-01\",\"upn\":\"" + upn + "\"}").body());
        Map<String, Object> mother = Api.json(Api.post("/city/people", casey, "{\"givenName\":\"Rose\",\"familyName\":\"" + family
                + "\",\"dateOfBirth\":\"1988-02-01\",\"kind\":\"PARENT_OR_CARER\"}").body());
        assertThat(Api.post("/city/people/" + mother.get("id") + "/relationships", casey, "{\"type\":\"MOTHER\",\"relatedPersonId\":\""
                + child.get("id") + "\",\"parentalResponsibility\":true}").statusCode()).isEqualTo(201);
        List<LocalDate> days = new java.util.ArrayList<>();
        var holidays = org.nottspartners.portal.core.calendar.BankHolidays.englandAndWales();
        for (LocalDate d = today.minusDays(1); days.size() < 5; d = d.minusDays(1)) {
            if (d.getDayOfWeek().getValue() < 6 && !holidays.isBankHoliday(d)) {
                days.add(d);
            }
        }
        StringBuilder register = new StringBuilder("urn,upn,date,session,code\n");
        for (LocalDate d : days) {
            register.append("122500,").append(upn).append(',').append(d).append(",AM,N\n");
            register.append("122500,").append(upn).append(',').append(d).append(",PM,N\n");
        }
        Path good = Files.createTempFile("register", ".csv");
        Files.writeString(good, register);
        Path bad = Files.createTempFile("register-wrong", ".csv");
        Files.writeString(bad, "urn,upn,date,session,code\n122500," + upn + "," + days.get(0) + ",AM,Q9\n");

        try (Browser school = new Browser()) {
            school.signIn(Deployments.PORTAL + "/", "sam.school");
            school.clickAndWait(By.linkText("Send a register"));
            assertThat(school.heading()).isEqualTo("Send a register");
            school.chooseFile(By.id("upload:file"), bad);
            school.clickAndWait(By.id("upload:send"));
            assertThat(school.text(By.id("messages-box"))).contains("There is a problem", "Line 2: unknown register code 'Q9'");
            assertThat(school.accessibilityViolations()).isEmpty();
            school.chooseFile(By.id("upload:file"), good);
            school.clickAndWait(By.id("upload:send"));
            assertThat(school.text(By.id("report"))).contains("10 marks for 5 school days were saved", "Every pupil was matched");
            assertThat(school.texts(By.cssSelector("#recent td"))).as("the school's own uploads, latest first")
                    .contains(good.getFileName().toString(), "sam.school");
            assertThat(school.accessibilityViolations()).isEmpty();
        }

        try (Browser officer = new Browser()) {
            officer.signIn(Deployments.PORTAL + "/", "alex.attendance");
            officer.open(Deployments.PORTAL + "/city/people/person.xhtml?id=" + child.get("id"));
            assertThat(officer.text(By.cssSelector(".attendance-summary"))).contains("Attendance this school year: 0.0%");
            officer.clickAndWait(By.linkText("Attendance, notices and enforcement"));
            assertThat(officer.heading()).isEqualTo("Nell " + family + ": attendance");
            assertThat(officer.text(By.cssSelector(".eligibility"))).contains("10 sessions of unauthorised absence");
            assertThat(officer.accessibilityViolations()).isEmpty();
            officer.clickAndWait(By.xpath("//button[contains(., 'Request a penalty notice for Rose')]"));
            assertThat(officer.text(By.id("messages-box"))).contains("has been requested");
            assertThat(officer.text(By.cssSelector(".notice-status"))).isEqualTo("REQUESTED");
            officer.clickAndWait(By.xpath("//button[starts-with(normalize-space(.), 'Issue PN-')]"));
            assertThat(officer.text(By.cssSelector(".notice-status"))).isEqualTo("ISSUED");
            assertThat(officer.accessibilityViolations()).isEmpty();
            Path letter = officer.download(By.xpath("//button[contains(., 'Download the Penalty notice')]"));
            String words = new PdfTextExtractor(new PdfReader(Files.readAllBytes(letter))).getTextFromPage(1).replaceAll("\\s+", " ");
            assertThat(words).contains("Penalty notice for Nell " + family, "Rose " + family, "£160", "£80");

            officer.open(Deployments.PORTAL + "/city/attendance/unmatched.xhtml");
            assertThat(officer.heading()).isEqualTo("Pupils waiting to be matched");
            assertThat(officer.accessibilityViolations()).isEmpty();

            officer.open(Deployments.PORTAL + "/city/attendance/flags.xhtml");
            officer.clickAndWait(By.id("scan:run"));
            assertThat(officer.text(By.id("messages-box"))).contains("Newly flagged");
            assertThat(officer.texts(By.cssSelector("#flags a"))).contains("Nell " + family);
            assertThat(officer.accessibilityViolations()).isEmpty();
        }
    }

    @Test
    void thePerformanceTeamReadsTheBoardReportAndTakesItsSpreadsheet() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        assertThat(Api.post("/city/admin/calendar/terms", Api.token("ada.cityadmin"), "{\"name\":\"Enforcement term "
                + today.getYear() + "\",\"startsOn\":\"" + today.minusDays(60) + "\",\"endsOn\":\"" + today.plusDays(90)
                + "\"}").statusCode()).isIn(201, 400, 409);
        LocalDate day = today.minusDays(1);
        while (day.getDayOfWeek().getValue() > 5 || org.nottspartners.portal.core.calendar.BankHolidays.englandAndWales().isBankHoliday(day)) {
            day = day.minusDays(1);
        }
        String upn = AttendanceRegisterIT.upn();
        HttpResponse<String> sent = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Deployments.API + "/city/attendance/registers?fileName=bands.csv"))
                .header("Authorization", "Bearer " + Api.token("alex.attendance")).header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("urn,upn,date,session,code\n122501," + upn + "," + day
                        + ",AM,/\n122501," + upn + "," + day + ",PM,O\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        try (Browser robin = new Browser()) {
            robin.signIn(Deployments.PORTAL + "/", "robin.performance");
            robin.clickAndWait(By.linkText("Attendance by band, ward, phase and term"));
            assertThat(robin.heading()).isEqualTo("Attendance by band, ward, phase and term");
            assertThat(robin.texts(By.cssSelector("table.matches th[scope=row]"))).anySatisfy(t -> assertThat(t).contains("Secondary"));
            assertThat(robin.accessibilityViolations()).isEmpty();
            Path xlsx = robin.download(By.id("export:download"));
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
                var sheet = book.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Term");
                assertThat(sheet.getLastRowNum()).isPositive();
            }
        }
        ApiAuthenticationIT.assertIsProblem(Api.get("/city/attendance/reports/bands", Api.token("sam.school")), 403);
        assertThat(Api.get("/city/attendance/reports/bands", Api.token("robin.performance")).body()).contains("WAVES_2_3");
    }
}
