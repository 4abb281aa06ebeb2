package org.nottspartners.portal.core.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.testing.LetterPages;

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

    @Test
    @DisplayName("The name and address sit in a DL window envelope's window, clear of its edges, and nothing else does (issue 22)")
    void addressInTheEnvelopeWindow() throws Exception {
        List<String> address = new org.nottspartners.portal.core.person.PostalAddress("Flat 2", "7 Mill Lane", "Nottingham",
                "NG7 2BB", null).lines();
        byte[] pdf = PdfLetters.render("Nottingham City Council", List.of("Family Hub Meadows", "Telephone 0115 000 1111"),
                "24 November 2026", "To the parents or carers of Maya Okafor", address,
                LetterTemplate.parse("Subject: Test\n\nBody."));
        assertThat(LetterPages.inWindow(pdf)).containsExactly("To the parents or carers of Maya Okafor", "Flat 2", "7 Mill Lane",
                "NOTTINGHAM", "NG7 2BB");
        LetterPages.WindowInk ink = LetterPages.windowInk(pdf);
        assertThat(ink.inClearArea()).as("the address is printed in the window").isGreaterThan(200);
        assertThat(ink.inWindowMargin()).as("nothing within 5 mm of the window's edges").isZero();
        assertThat(LetterPages.textIn(pdf, 90, 0, 120, 45)).as("the council's name and contact block, top right")
                .containsSubsequence("Nottingham City Council", "Family Hub Meadows", "Telephone 0115 000 1111", "24 November 2026");
        assertThat(LetterPages.textIn(pdf, 0, 90, 210, 60)).as("the letter starts below the window").contains("Test", "Body.");
    }

    @Test
    @DisplayName("A long name and address still fit the window, set smaller rather than cut off (issue 22)")
    void longAddressesFitTheWindow() throws Exception {
        String addressee = "To the parents or carers of Maximilian Alexander Featherstonehaugh-Cholmondeley";
        List<String> address = List.of("Flat 12, The Old Lace Warehouse", "Building C, 147 Stoney Street", "The Lace Market",
                "NOTTINGHAM", "NG1 1LX");
        byte[] pdf = PdfLetters.render("Nottingham City Council", "24 November 2026", addressee, address,
                LetterTemplate.parse("Subject: Test\n\nBody."));
        assertThat(String.join(" ", LetterPages.inWindow(pdf))).contains("Featherstonehaugh-Cholmondeley", "The Lace Market", "NG1 1LX");
        assertThat(LetterPages.windowInk(pdf).inWindowMargin()).isZero();
    }

    @Test
    @DisplayName("A long contact block wraps beside and above the window, never into it (issue 22)")
    void longContactsStayOutOfTheWindow() throws Exception {
        List<String> sender = List.of("Early Help Case Management Team (West): Mansfield, Ashfield and Newark",
                "Telephone 0115 000 1111, or e-mail earlyhelp.west@nottscc.gov.uk, Monday to Friday 9am to 5pm",
                "Our office: County Hall, West Bridgford, Nottingham NG2 7QP");
        byte[] pdf = PdfLetters.render("Nottinghamshire County Council", sender, "24 November 2026",
                "To the parents or carers of Maya Okafor", List.of("7 Mill Lane", "NOTTINGHAM", "NG7 2BB"),
                LetterTemplate.parse("Subject: Test\n\nBody."));
        assertThat(LetterPages.inWindow(pdf)).containsExactly("To the parents or carers of Maya Okafor", "7 Mill Lane",
                "NOTTINGHAM", "NG7 2BB");
        assertThat(LetterPages.windowInk(pdf).inWindowMargin()).isZero();
        assertThat(String.join(" ", LetterPages.textIn(pdf, 110, 0, 100, 45))).contains("Nottinghamshire County Council",
                "earlyhelp.west@nottscc.gov.uk", "NG2 7QP", "24 November 2026");
    }
}
