package org.nottspartners.portal.earlyhelp.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.earlyhelp.casework.LetterKind;

@DisplayName("RULES §3: letters from each council's templates")
class LetterTemplateTest {

    @Test
    @DisplayName("Every council has every letter, and the final non-engagement letter gives the date to answer by (002 §3c3)")
    void everyCouncilHasEveryLetter() {
        for (String council : new String[] {"city", "county"}) {
            for (LetterKind kind : LetterKind.values()) {
                assertThat(CaseLetters.template(council, kind).subject()).isNotBlank();
            }
        }
        assertThat(String.join(" ", CaseLetters.template("county", LetterKind.FINAL_NON_ENGAGEMENT).paragraphs()))
                .contains("${responseBy}");
        assertThat(String.join(" ", CaseLetters.template("city", LetterKind.WAITING_LIST_FAMILY).paragraphs()))
                .contains("Children and Families Direct");
    }

    @Test
    @DisplayName("A placeholder without a value stops the letter rather than sending it with a gap")
    void missingValue() {
        LetterTemplate t = LetterTemplate.parse("Subject: Hello ${name}\n\nDear ${name},\n\nBye ${other}.");
        assertThat(t.paragraphs()).hasSize(2);
        assertThatThrownBy(() -> t.fill(Map.of("name", "Ann"))).hasMessageContaining("${other}");
        assertThat(t.fill(Map.of("name", "Ann", "other", "now")).subject()).isEqualTo("Hello Ann");
    }

    @Test
    @DisplayName("The PDF is a real PDF (OpenPDF), with the council and subject in it")
    void pdf() {
        byte[] pdf = PdfLetters.render("Nottinghamshire County Council", "24 November 2026", "To the parents",
                LetterTemplate.parse("Subject: Test\n\nBody."));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(500);
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("A council's own wording is checked before it is saved: subject, body, known placeholders only")
    void councilWordingIsChecked() {
        assertThat(LetterTemplate.problems("Subject: Waiting list (${reference})\n\nDear ${familyName} family,\n\n${teamName}"))
                .isEmpty();
        assertThat(LetterTemplate.problems("Dear family")).containsExactly("A letter template starts with a line 'Subject: ...'");
        assertThat(LetterTemplate.problems("Subject: only a subject")).containsExactly("Write the letter's paragraphs after the subject line");
        assertThat(LetterTemplate.problems("Subject: x\n\nDear ${parentName}, ${ child }"))
                .singleElement().asString().contains("no value for ${ child }, ${parentName}", "${childName}");
        assertThat(LetterTemplate.problems(" ")).hasSize(1);
        for (var kind : org.nottspartners.portal.earlyhelp.casework.LetterKind.values()) {
            for (String council : java.util.List.of("city", "county")) {
                assertThat(LetterTemplate.problems(LetterTemplates.shipped(council, kind))).as("shipped " + council + " " + kind).isEmpty();
            }
        }
    }
}
