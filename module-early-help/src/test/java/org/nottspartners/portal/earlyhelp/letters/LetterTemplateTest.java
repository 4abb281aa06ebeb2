package org.nottspartners.portal.earlyhelp.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.letters.LetterTemplate;
import org.nottspartners.portal.core.letters.LetterTemplates;
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



    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("A council's own wording is checked before it is saved: subject, body, known placeholders only")
    void councilWordingIsChecked() {
        assertThat(LetterTemplate.problems("Subject: Waiting list (${reference})\n\nDear ${familyName} family,\n\n${teamName}", EarlyHelpLetters.PLACEHOLDERS))
                .isEmpty();
        assertThat(LetterTemplate.problems("Dear family", EarlyHelpLetters.PLACEHOLDERS)).containsExactly("A letter template starts with a line 'Subject: ...'");
        assertThat(LetterTemplate.problems("Subject: only a subject", EarlyHelpLetters.PLACEHOLDERS)).containsExactly("Write the letter's paragraphs after the subject line");
        assertThat(LetterTemplate.problems("Subject: x\n\nDear ${parentName}, ${ child }", EarlyHelpLetters.PLACEHOLDERS))
                .singleElement().asString().contains("no value for ${ child }, ${parentName}", "${childName}");
        assertThat(LetterTemplate.problems(" ", EarlyHelpLetters.PLACEHOLDERS)).hasSize(1);
        for (var kind : org.nottspartners.portal.earlyhelp.casework.LetterKind.values()) {
            for (String council : java.util.List.of("city", "county")) {
                assertThat(LetterTemplate.problems(LetterTemplates.shipped(council, EarlyHelpLetters.definition(kind)), EarlyHelpLetters.PLACEHOLDERS)).as("shipped " + council + " " + kind).isEmpty();
            }
        }
    }
}
