package org.nottspartners.portal.core.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The core's letter kit (issue 12): wording checked against the module's values, filled whole, laid out as PDF")
class LetterKitTest {

    private static final Set<String> VALUES = Set.of("reference", "familyName", "teamName");

    @Test
    @DisplayName("A placeholder without a value stops the letter rather than sending it with a gap")
    void missingValue() {
        LetterTemplate t = LetterTemplate.parse("Subject: Hello ${name}\r\n\r\nDear ${name},\n\nBye ${other}.");
        assertThat(t.paragraphs()).containsExactly("Dear ${name},", "Bye ${other}.");
        assertThatThrownBy(() -> t.fill(Map.of("name", "Ann"))).hasMessageContaining("${other}");
        assertThat(t.fill(Map.of("name", "Ann $1", "other", "now")).subject()).isEqualTo("Hello Ann $1");
    }

    @Test
    @DisplayName("A council's own wording is checked before it is saved: subject, body, the module's placeholders only")
    void councilWordingIsChecked() {
        assertThat(LetterTemplate.problems("Subject: Waiting list (${reference})\n\nDear ${familyName} family,\n\n${teamName}", VALUES))
                .isEmpty();
        assertThat(LetterTemplate.problems("Dear family", VALUES)).containsExactly("A letter template starts with a line 'Subject: ...'");
        assertThat(LetterTemplate.problems("Subject: only a subject", VALUES)).containsExactly("Write the letter's paragraphs after the subject line");
        assertThat(LetterTemplate.problems("Subject: x\n\nDear ${parentName}, ${ child }", VALUES))
                .singleElement().asString().contains("no value for ${ child }, ${parentName}", "use only: ${familyName}, ${reference}, ${teamName}");
        assertThat(LetterTemplate.problems(" ", VALUES)).hasSize(1);
        assertThat(LetterTemplate.problems("Subject: x\n\n" + "a".repeat(20_000), VALUES)).contains("A letter template has at most 20,000 characters");
    }

    @Test
    @DisplayName("The PDF is a real PDF (OpenPDF), with the council and subject in it")
    void pdf() {
        byte[] pdf = PdfLetters.render("Nottinghamshire County Council", "24 November 2026", "To the parents",
                LetterTemplate.parse("Subject: Test\n\nBody."));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(500);
    }

    @Test
    @DisplayName("The addressee's address is printed under their name, a line each (issue 22)")
    void addressUnderTheAddressee() throws Exception {
        byte[] pdf = PdfLetters.render("Nottingham City Council", "24 November 2026", "To the parents or carers of Maya Okafor",
                new org.nottspartners.portal.core.person.PostalAddress("Flat 2", "7 Mill Lane", "Nottingham", "NG7 2BB", null).lines(),
                LetterTemplate.parse("Subject: Test\n\nBody."));
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf)).getTextFromPage(1);
        assertThat(text.lines().map(String::strip).toList()).containsSubsequence("To the parents or carers of Maya Okafor",
                "Flat 2", "7 Mill Lane", "NOTTINGHAM", "NG7 2BB", "Test", "Body.");
    }

    @Test
    @DisplayName("A letter of more than one page is numbered, and names the council, at the foot of each page (issue 22)")
    void longerLettersAreNumbered() throws Exception {
        String body = String.join("\n\n", java.util.Collections.nCopies(40,
                "We will keep in touch with your family while you wait, and you can contact us at any time."));
        byte[] pdf = PdfLetters.render("Nottingham City Council", "24 November 2026", "To the parents",
                LetterTemplate.parse("Subject: Test\n\n" + body));
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        assertThat(pages).isGreaterThan(1);
        var text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        assertThat(text.getTextFromPage(1)).contains("Nottingham City Council - Page 1 of " + pages);
        assertThat(text.getTextFromPage(pages)).contains("Page " + pages + " of " + pages);

        byte[] short1 = PdfLetters.render("Nottingham City Council", "24 November 2026", "To the parents",
                LetterTemplate.parse("Subject: Test\n\nBody."));
        assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(short1)).getTextFromPage(1))
                .as("a one-page letter needs no number").doesNotContain("Page 1 of");
    }

    @Test
    @DisplayName("A letter's kind and file are names the store and the classpath can hold")
    void definitions() {
        assertThat(new LetterDefinition("early-help", "REFERRAL_OUTCOME", "referral-outcome", "Referral outcome", VALUES).placeholders())
                .isEqualTo(VALUES);
        assertThatThrownBy(() -> new LetterDefinition("early-help", "referral outcome", "referral-outcome", "x", VALUES))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LetterDefinition("early-help", "REFERRAL_OUTCOME", "../secret", "x", VALUES))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
