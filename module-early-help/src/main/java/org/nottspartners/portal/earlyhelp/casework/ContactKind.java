package org.nottspartners.portal.earlyhelp.casework;

/** How the lead professional was in contact with the family. */
public enum ContactKind {
    HOME_VISIT("Home visit"),
    FACE_TO_FACE("Face to face elsewhere (school, centre, office)"),
    PHONE("Phone call, text or video call"),
    RETURN_INTERVIEW("Missing-from-home return interview");

    private final String label;

    ContactKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
