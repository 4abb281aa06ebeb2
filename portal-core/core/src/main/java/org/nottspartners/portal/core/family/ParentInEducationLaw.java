package org.nottspartners.portal.core.family;

/**
 * Who is a "parent" of a child for school attendance: section 576 of the Education Act 1996 counts
 * anyone with parental responsibility for the child, and anyone who has care of the child, including a
 * parent who does not live with them (RULES.md §2). Penalty notices go to each such parent.
 */
public final class ParentInEducationLaw {

    private ParentInEducationLaw() {
    }

    /**
     * @param type                  how the adult is related to the child
     * @param parentalResponsibility whether the adult holds parental responsibility
     * @param hasCare               whether the adult has day-to-day care of the child
     */
    public static boolean isParent(RelationshipType type, boolean parentalResponsibility, boolean hasCare) {
        if (type == RelationshipType.SIBLING || type == RelationshipType.HALF_SIBLING || type == RelationshipType.STEP_SIBLING) {
            return false;
        }
        return parentalResponsibility || hasCare;
    }
}
