package org.nottspartners.portal.core.family;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * RULES.md §2: "Parent" in attendance law follows s576 Education Act 1996: anyone with parental
 * responsibility or care of the child, including an absent parent.
 */
class ParentInEducationLawTest {

    @Test
    void anAbsentFatherWithParentalResponsibilityIsAParent() {
        assertThat(ParentInEducationLaw.isParent(RelationshipType.FATHER, true, false)).isTrue();
    }

    @Test
    void aStepParentOrGrandparentWhoHasCareIsAParent() {
        assertThat(ParentInEducationLaw.isParent(RelationshipType.STEP_PARENT, false, true)).isTrue();
        assertThat(ParentInEducationLaw.isParent(RelationshipType.GRANDPARENT, false, true)).isTrue();
    }

    @Test
    void aRelativeWithNeitherResponsibilityNorCareIsNot() {
        assertThat(ParentInEducationLaw.isParent(RelationshipType.GRANDPARENT, false, false)).isFalse();
        assertThat(ParentInEducationLaw.isParent(RelationshipType.FATHER, false, false)).isFalse();
    }

    @Test
    void aSiblingIsNeverAParentForAttendance() {
        assertThat(ParentInEducationLaw.isParent(RelationshipType.SIBLING, false, true)).isFalse();
    }
}
