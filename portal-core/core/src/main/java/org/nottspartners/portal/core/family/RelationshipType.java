package org.nottspartners.portal.core.family;

/** How one person is related to another: "A is the MOTHER of B". */
public enum RelationshipType {
    MOTHER, FATHER, STEP_PARENT, GRANDPARENT, AUNT_OR_UNCLE, FOSTER_CARER, KINSHIP_CARER, OTHER_CARER, SIBLING, HALF_SIBLING,
    STEP_SIBLING, OTHER_RELATIVE, FAMILY_FRIEND
}
