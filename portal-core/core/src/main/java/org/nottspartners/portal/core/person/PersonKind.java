package org.nottspartners.portal.core.person;

/** Who a person is in a family's record (RULES.md §2). */
public enum PersonKind {
    CHILD, UNBORN_CHILD, PARENT_OR_CARER, OTHER_ADULT
}
