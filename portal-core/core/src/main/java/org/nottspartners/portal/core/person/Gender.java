package org.nottspartners.portal.core.person;

/**
 * A person's gender as the children's services returns record it (the CIN census codes: 0 not known,
 * 1 male, 2 female, 9 not stated).
 */
public enum Gender {
    NOT_KNOWN("Not known"), MALE("Male"), FEMALE("Female"), NOT_STATED("Not stated");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
