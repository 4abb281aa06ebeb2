package org.nottspartners.portal.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
}
