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
        String familyKeys = (String) p.get(4);
        assertTrue(familyKeys.contains("himst/w"), "William Smith, by nickname and typo");
        var swapped = PersonCandidateQuery.parameters(PersonMatcher.Criteria.of("Smith William", null, null, null, null));
        assertTrue(((String) swapped.get(4)).contains("himst/w"), "names swapped");
        assertTrue(((String) swapped.get(5)).contains("aiillmw/sm"), "given name key, names swapped");
    }

    @Test
    void oneWordAndDateOfBirth() {
        var p = PersonCandidateQuery.parameters(PersonMatcher.Criteria.of("smith", "02/04/2015", null, null, null));
        assertEquals("", p.get(0));
        assertEquals("smith", p.get(1));
        assertEquals("", p.get(4));
        assertEquals("2015-04-02", p.get(8));
    }
}
