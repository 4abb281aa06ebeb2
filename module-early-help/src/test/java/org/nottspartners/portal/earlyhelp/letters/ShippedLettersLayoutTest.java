package org.nottspartners.portal.earlyhelp.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.letters.LetterTemplate;
import org.nottspartners.portal.core.letters.PdfLetters;
import org.nottspartners.portal.core.testing.LetterPages;
import org.nottspartners.portal.earlyhelp.casework.LetterKind;

/**
 * Every letter early help ships, for each council, laid out as it is posted and read back (issue 22): the family's
 * name and address in the envelope's window and nothing else there, the council's name and the team's contact block
 * at the top right, and the reference, date and how to reach the team in the text.
 */
@DisplayName("Issue 22: every shipped letter, as the family reads it")
class ShippedLettersLayoutTest {

    private static final List<String> ADDRESS = List.of("Flat 2", "7 Mill Lane", "NOTTINGHAM", "NG7 2BB");

    @Test
    @DisplayName("Every council's every letter: address in the window, contact block, reference, date, no placeholder left")
    void everyShippedLetterReadsBack() throws Exception {
        int letters = 0;
        for (String council : List.of("city", "county")) {
            for (LetterKind kind : LetterKind.values()) {
                String councilName = council.equals("city") ? "Nottingham City Council" : "Nottinghamshire County Council";
                Map<String, String> values = new HashMap<>(Map.ofEntries(Map.entry("council", councilName),
                        Map.entry("reference", "EH-2026-000123"), Map.entry("familyName", "Okafor"),
                        Map.entry("childName", "Maya Okafor"), Map.entry("referrerName", "Sam Taylor"),
                        Map.entry("referralBasis", "You agreed to a referral for early help for Maya Okafor."),
                        Map.entry("teamName", "Family Hub Meadows"), Map.entry("teamContact", "0115 000 1111"),
                        Map.entry("signedBy", "Morgan Reid, lead professional, Family Hub Meadows"),
                        Map.entry("decision", "Accepted for early help"), Map.entry("reasons", "Mornings and routines"),
                        Map.entry("level", "Level 3 (Early help)"), Map.entry("priority", "2"), Map.entry("ahead", "3"),
                        Map.entry("responseBy", "7 December 2026")));
                assertThat(values.keySet()).isEqualTo(EarlyHelpLetters.PLACEHOLDERS);
                LetterTemplate letter = CaseLetters.template(council, kind).fill(values);
                String addressee = "To the parents or carers of Maya Okafor";
                byte[] pdf = PdfLetters.render(councilName, List.of("Family Hub Meadows", "Telephone 0115 000 1111"),
                        "24 November 2026", addressee, ADDRESS, letter);
                String what = council + " " + kind;

                assertThat(LetterPages.inWindow(pdf)).as(what).containsExactly(addressee, "Flat 2", "7 Mill Lane", "NOTTINGHAM",
                        "NG7 2BB");
                assertThat(LetterPages.windowInk(pdf).inWindowMargin()).as(what + ": clear of the window's edges").isZero();
                assertThat(LetterPages.textIn(pdf, 90, 0, 120, 45)).as(what)
                        .containsSubsequence(councilName, "Family Hub Meadows", "Telephone 0115 000 1111", "24 November 2026");
                String text = String.join("\n", LetterPages.pages(pdf));
                assertThat(text).as(what).doesNotContain("${");
                assertThat(text.replaceAll("\\s+", " ")).as(what + ": the reference on one line, to read out on the phone")
                        .contains("EH-2026-000123");
                letters++;
                if (Boolean.getBoolean("letters.write") && council.equals("county") && kind == LetterKind.FINAL_NON_ENGAGEMENT) {
                    // mvn test -pl module-early-help -Dletters.write=true: the picture in docs/letters.md
                    LetterPages.writeImage(pdf, java.nio.file.Path.of("../docs/letters/county-final-non-engagement.png"));
                }
            }
        }
        assertThat(letters).isEqualTo(2 * LetterKind.values().length);
    }
}
