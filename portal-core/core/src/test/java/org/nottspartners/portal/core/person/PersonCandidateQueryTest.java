package org.nottspartners.portal.core.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonCandidateQueryTest {

    @Test
    void sortedLettersAreTheKeyTheDatabaseStores() {
        assertEquals("himst", PersonCandidateQuery.sortedLetters("Smith"));
        assertEquals("'-beeijnnoors", PersonCandidateQuery.sortedLetters("O'Brien-Jones"));
    }

    @Test
    void oneTypoAwayCoversSwappedMissingExtraAndChangedLetters() {
        var keys = PersonCandidateQuery.oneTypoAway("smith");
        for (String typed : List.of("smiht", "smth", "smitth", "smyth", "amith", "simth")) {
            assertTrue(PersonCandidateQuery.oneTypoAway(typed).contains(PersonCandidateQuery.sortedLetters("smith")), typed);
        }
        assertTrue(keys.contains(PersonCandidateQuery.sortedLetters("smiths")));
        assertFalse(keys.contains(PersonCandidateQuery.sortedLetters("jones")));
    }

    @Test
    void keysCoverNicknamesAndSwappedNames() {
        var p = PersonCandidateQuery.parameters(PersonMatcher.Criteria.of("Bill Smiht", null, null, null, null));
        String familyKeys = (String) p.get(1);
        assertTrue(familyKeys.contains("himst/w"), "William Smith, by nickname and typo");
        var swapped = PersonCandidateQuery.parameters(PersonMatcher.Criteria.of("Smith William", null, null, null, null));
        assertTrue(((String) swapped.get(1)).contains("himst/w"), "names swapped");
        assertTrue(((String) swapped.get(2)).contains("aiillmw/sm"), "given name key, names swapped");
    }

    @Test
    void oneWordAndDateOfBirth() {
        var p = PersonCandidateQuery.parameters(PersonMatcher.Criteria.of("smith", "02/04/2015", null, null, null));
        assertEquals("/smith//smith", p.get(0));
        assertEquals("", p.get(1));
        assertEquals("2015-04-02", p.get(5));
    }

    /** Issue 20: the keys are those of the letters, so hyphens, spaces and apostrophes do not decide. */
    @Test
    void keysIgnoreHyphensSpacesAndApostrophesAndCoverEachWayOfSplittingTheName() {
        assertTrue(PersonCandidateQuery.oneTypoAway("O'Brien").contains(PersonCandidateQuery.sortedLetters("obrien")));
        assertFalse(PersonCandidateQuery.oneTypoAway("Fletcher-Brown").stream().anyMatch(k -> k.contains("-")));
        var p = PersonCandidateQuery.parameters(PersonMatcher.Criteria.of("Jane Fletcher Brown", null, null, null, null));
        String fletcherBrown = PersonCandidateQuery.sortedLetters("fletcherbrown") + "/j";
        assertTrue(((String) p.get(1)).contains(fletcherBrown), "Jane Fletcher-Brown, typed with a space");
        assertTrue(((String) p.get(1)).contains("bnorw/j"), "Jane Brown, or Jane Fletcher Brown with Fletcher a middle name");
        var onePart = PersonCandidateQuery.parameters(PersonMatcher.Criteria.of("Jane Brown", null, null, null, null));
        assertEquals("bnorw/j,aejn/b", onePart.get(6), "one part of a family name: looked up as typed only");
        assertEquals("janefletcher/brown/janefletcher/brown;jane/fletcherbrown/jane/fletcherbrown"
                + ";/janefletcherbrown//janefletcherbrown", p.get(0));
    }
}
