package org.nottspartners.portal.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.person.PersonMatcher.Candidate;
import org.nottspartners.portal.core.person.PersonMatcher.Criteria;

/**
 * RULES.md §2: "Duplicate persons are the commonest complaint about such systems: search before create".
 * A search finds a person despite typos, nicknames, swapped names, postcode spelling and partial dates.
 */
class PersonMatcherTest {

    private final Candidate william = new Candidate("William", "Smith", LocalDate.of(2015, 4, 2), "NG7 2BB",
            "L892101299001", "9434765919");

    @Test
    void aNicknameAndATypoInTheLastNameStillFindThePerson() {
        var match = PersonMatcher.match(Criteria.of("Bill Smyth", null, null, null, null), william);

        assertThat(match).isPresent();
        assertThat(match.get().reasons()).containsExactly("last name spelled similarly (Smith)",
                "first name is another form of William");
    }

    @Test
    void swappedFirstAndLastNamesAreRecognised() {
        var match = PersonMatcher.match(Criteria.of("Smith William", null, null, null, null), william);

        assertThat(match).isPresent();
        assertThat(match.get().reasons()).contains("first and last names swapped", "same first name", "same last name");
    }

    @Test
    void aPostcodeWrittenDifferentlyAndAPartialDateOfBirthAddEvidence() {
        var withEvidence = PersonMatcher.match(Criteria.of("Will Smith", "2015", "ng72bb", null, null), william).orElseThrow();
        var without = PersonMatcher.match(Criteria.of("Will Smith", null, null, null, null), william).orElseThrow();

        assertThat(withEvidence.reasons()).contains("same postcode", "born in the month or year given");
        assertThat(withEvidence.score()).isGreaterThan(without.score());
    }

    @Test
    void aWrongDateOfBirthAddsNothingAndAnotherPersonIsNotOffered() {
        var wrongYear = PersonMatcher.match(Criteria.of("William Smith", "2016", null, null, null), william).orElseThrow();
        assertThat(wrongYear.reasons()).doesNotContain("born in the month or year given");

        assertThat(PersonMatcher.match(Criteria.of("Olivia Patel", null, null, null, null), william)).isEmpty();
    }

    /**
     * The score orders the candidates offered before a record is created (RULES.md §2: search before
     * create), so stronger evidence must score higher: a whole date of birth more than the year alone, the
     * full postcode more than its district, and names in the order typed more than the same names swapped.
     */
    @Test
    void strongerEvidenceScoresHigher() {
        var fullDate = PersonMatcher.match(Criteria.of("Will Smith", "02/04/2015", null, null, null), william).orElseThrow();
        var yearOnly = PersonMatcher.match(Criteria.of("Will Smith", "2015", null, null, null), william).orElseThrow();
        assertThat(fullDate.reasons()).contains("same date of birth");
        assertThat(fullDate.score()).isGreaterThan(yearOnly.score());

        var fullPostcode = PersonMatcher.match(Criteria.of("Will Smith", null, "NG7 2BB", null, null), william).orElseThrow();
        var district = PersonMatcher.match(Criteria.of("Will Smith", null, "NG7 1AA", null, null), william).orElseThrow();
        var noPostcode = PersonMatcher.match(Criteria.of("Will Smith", null, null, null, null), william).orElseThrow();
        assertThat(district.reasons()).contains("same postcode district (NG7)");
        assertThat(district.score()).isGreaterThan(noPostcode.score()).isLessThan(fullPostcode.score());

        var inOrder = PersonMatcher.match(Criteria.of("William Smith", null, null, null, null), william).orElseThrow();
        var swapped = PersonMatcher.match(Criteria.of("Smith William", null, null, null, null), william).orElseThrow();
        assertThat(swapped.score()).isLessThan(inOrder.score());
    }

    @Test
    void aTypoInTheFirstNameStillFindsThePerson() {
        var match = PersonMatcher.match(Criteria.of("Wiliam Smith", null, null, null, null), william).orElseThrow();

        assertThat(match.reasons()).containsExactly("same last name", "first name spelled similarly (William)");
    }

    /**
     * The single name box: the last word is the last name. A search of blanks is no search: the directory
     * answers it with nobody rather than with everyone (RULES.md §2, "Who may see what": partners never
     * list or browse the council's people), so blank identifiers must not count as something searched for.
     */
    @Test
    void theNameBoxAndAnEmptySearch() {
        var oneWord = Criteria.of("  Smith ", null, null, null, null);
        assertThat(oneWord.givenName()).isEmpty();
        assertThat(oneWord.familyName()).isEqualTo("Smith");
        assertThat(oneWord.isEmpty()).isFalse();
        var threeWords = Criteria.of("Mary  Ann Smith", null, null, null, null);
        assertThat(threeWords.givenName()).isEqualTo("Mary Ann");
        assertThat(threeWords.familyName()).isEqualTo("Smith");

        assertThat(Criteria.of(null, null, null, null, null).isEmpty()).isTrue();
        assertThat(Criteria.of(" ", null, null, " ", " ").isEmpty()).isTrue();
        assertThat(Criteria.of("", null, null, "L892101299001", null).isEmpty()).isFalse();
        assertThat(Criteria.of("", null, null, null, "9434765919").isEmpty()).isFalse();
    }

    @Test
    void aUpnOrNhsNumberAloneIsEnough() {
        assertThat(PersonMatcher.match(Criteria.of("", null, null, "l892 1012 9900 1", null), william).orElseThrow().reasons())
                .containsExactly("same UPN");
        assertThat(PersonMatcher.match(Criteria.of("", null, null, null, "943 476 5919"), william).orElseThrow().reasons())
                .containsExactly("same NHS number");
    }

    @Test
    void aSoundAlikeFamilyNameIsFound() {
        var match = PersonMatcher.match(Criteria.of("Zoe Philips", null, null, null, null),
                new Candidate("Zoe", "Fillips", null, null, null, null));

        assertThat(match).isPresent();
    }

    // Issue 20, kind 1: hyphens, spaces and apostrophes in names must not decide whether someone is found

    private final Candidate janeFletcherBrown = new Candidate("Jane", "Fletcher-Brown", LocalDate.of(2015, 4, 2), null,
            null, null);

    @Test
    void aDoubleBarrelledLastNameTypedWithASpaceInsteadOfItsHyphenIsTheSameLastName() {
        var withoutDate = PersonMatcher.match(Criteria.of("Jane Fletcher Brown", null, null, null, null), janeFletcherBrown);
        var withDate = PersonMatcher.match(Criteria.of("Jane Fletcher Brown", "02/04/2015", null, null, null), janeFletcherBrown);

        assertThat(withoutDate).isPresent();
        assertThat(withoutDate.get().reasons()).containsExactly("same last name", "same first name");
        assertThat(withDate).isPresent();
        assertThat(withDate.get().reasons()).contains("same last name", "same first name", "same date of birth");
    }

    @Test
    void aDoubleBarrelledLastNameTypedWithoutItsHyphenOrAnApostropheLeftOutIsTheSameLastName() {
        assertThat(PersonMatcher.match(Criteria.of("Jane FletcherBrown", null, null, null, null), janeFletcherBrown)
                .orElseThrow().reasons()).containsExactly("same last name", "same first name");
        assertThat(PersonMatcher.match(Criteria.of("Ciara O Brien", null, null, null, null),
                new Candidate("Ciara", "O'Brien", null, null, null, null)).orElseThrow().reasons())
                .containsExactly("same last name", "same first name");
        assertThat(PersonMatcher.match(Criteria.of("Mary Ann Smith", null, null, null, null),
                new Candidate("Mary-Ann", "Smith", null, null, null, null)).orElseThrow().reasons())
                .containsExactly("same last name", "same first name");
    }

    // Issue 20, kind 2: only one part of a double-barrelled last name typed

    @Test
    void onlyTheLastPartOfADoubleBarrelledLastNameWithTheRightDateOfBirthRanksAboveANamesakeOfThatPart() {
        var namesake = new Candidate("Jane", "Brown", LocalDate.of(2016, 7, 9), null, null, null);
        var typed = Criteria.of("Jane Brown", "02/04/2015", null, null, null);

        var sought = PersonMatcher.match(typed, janeFletcherBrown).orElseThrow();

        assertThat(sought.reasons()).contains("part of the last name matches (Fletcher-Brown)", "same date of birth");
        assertThat(sought.score()).isGreaterThan(PersonMatcher.match(typed, namesake).orElseThrow().score());
    }

    @Test
    void onlyTheFirstPartOfADoubleBarrelledLastNameWithTheRightDateOfBirthRanksAboveANamesakeOfThatPart() {
        var namesake = new Candidate("Jane", "Fletcher", LocalDate.of(2016, 7, 9), null, null, null);
        var typed = Criteria.of("Jane Fletcher", "02/04/2015", null, null, null);

        var sought = PersonMatcher.match(typed, janeFletcherBrown).orElseThrow();

        assertThat(sought.reasons()).contains("part of the last name matches (Fletcher-Brown)", "same date of birth");
        assertThat(sought.score()).isGreaterThan(PersonMatcher.match(typed, namesake).orElseThrow().score());
    }

    @Test
    void aDoubleBarrelledLastNameTypedForSomeoneRecordedWithOnePartOfItIsFound() {
        var janeBrown = new Candidate("Jane", "Brown", LocalDate.of(2015, 4, 2), null, null, null);

        assertThat(PersonMatcher.match(Criteria.of("Jane Fletcher-Brown", null, null, null, null), janeBrown)
                .orElseThrow().reasons()).contains("part of the last name matches (Brown)", "same first name");
    }

    // Issue 20, kind 3: a date of birth nearly right gets partial credit, and ties are broken in a stable order

    private final Candidate williamBornAnotherDay = new Candidate("William", "Smith", LocalDate.of(2015, 9, 17), null,
            null, null);

    @Test
    void aDateOfBirthWithDayAndMonthSwappedGetsPartialCreditAndSaysSo() {
        var typed = Criteria.of("William Smith", "04/02/2015", null, null, null);

        var sought = PersonMatcher.match(typed, william).orElseThrow();

        assertThat(sought.reasons()).contains("date of birth matches with day and month swapped");
        assertThat(sought.score()).isGreaterThan(PersonMatcher.match(typed, williamBornAnotherDay).orElseThrow().score())
                .isLessThan(PersonMatcher.match(Criteria.of("William Smith", "02/04/2015", null, null, null), william)
                        .orElseThrow().score());
    }

    @Test
    void aDateOfBirthWithOneDigitWrongGetsPartialCreditAndSaysSo() {
        for (String oneDigitWrong : new String[] {"12/04/2015", "02/04/2016", "02/05/2015", "2015-04-03"}) {
            var typed = Criteria.of("William Smith", oneDigitWrong, null, null, null);

            var sought = PersonMatcher.match(typed, william).orElseThrow();

            assertThat(sought.reasons()).as(oneDigitWrong).contains("date of birth matches but for one digit");
            assertThat(sought.score()).as(oneDigitWrong)
                    .isGreaterThan(PersonMatcher.match(typed, williamBornAnotherDay).orElseThrow().score());
        }
        var twoDigitsWrong = PersonMatcher.match(Criteria.of("William Smith", "13/05/2015", null, null, null), william);
        assertThat(twoDigitsWrong.orElseThrow().reasons()).doesNotContain("date of birth matches but for one digit",
                "date of birth matches with day and month swapped");
    }

    @Test
    void equalScoresAreOrderedByLastNameFirstNameDateOfBirthThenId() {
        var match = new PersonMatcher.Match(55, List.of("same last name", "same first name"));
        var a = new PersonMatcher.Judged(UUID.fromString("00000000-0000-0000-0000-000000000002"),
                new Candidate("Jane", "Brown", LocalDate.of(2014, 1, 1), null, null, null), match);
        var b = new PersonMatcher.Judged(UUID.fromString("00000000-0000-0000-0000-000000000001"),
                new Candidate("Jane", "Brown", LocalDate.of(2015, 1, 1), null, null, null), match);
        var c = new PersonMatcher.Judged(UUID.fromString("00000000-0000-0000-0000-000000000003"),
                new Candidate("Jane", "Brown", LocalDate.of(2015, 1, 1), null, null, null), match);
        var d = new PersonMatcher.Judged(UUID.fromString("00000000-0000-0000-0000-000000000004"),
                new Candidate("Amy", "brown", null, null, null, null), match);
        var e = new PersonMatcher.Judged(UUID.fromString("00000000-0000-0000-0000-000000000005"),
                new Candidate("Zoe", "Abbott", null, null, null, null), match);
        var best = new PersonMatcher.Judged(UUID.fromString("00000000-0000-0000-0000-000000000006"),
                new Candidate("Zoe", "Young", null, null, null, null), new PersonMatcher.Match(80, List.of()));
        var all = new ArrayList<>(List.of(a, b, c, d, e, best));
        for (int seed = 0; seed < 20; seed++) {
            Collections.shuffle(all, new Random(seed));
            all.sort(PersonMatcher.BEST_FIRST);
            assertThat(all).containsExactly(best, e, d, a, b, c);
        }
    }
}
