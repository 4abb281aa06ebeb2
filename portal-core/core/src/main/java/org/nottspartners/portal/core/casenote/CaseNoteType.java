package org.nottspartners.portal.core.casenote;

/** The kinds of case note of 002 §9. Visits and contacts are direct sessions. */
public enum CaseNoteType {
    VISIT(true, "Visit"), CONTACT(true, "Contact with the family"),
    INFORMATION_FROM_OTHER_AGENCY(false, "Information from another agency"), CASE_DISCUSSION(false, "Case discussion"),
    DOCUMENT_REFERENCE(false, "Document reference"), MANAGERS_DECISION(false, "Manager's decision"),
    SUPERVISION(false, "Supervision"), EMAIL(false, "E-mail"), TELEPHONE_CALL(false, "Telephone call"),
    KEY_EVENT(false, "Key event");

    private final boolean directSession;
    private final String label;

    CaseNoteType(boolean directSession, String label) {
        this.directSession = directSession;
        this.label = label;
    }

    /** The type in the words of the council's recording guidance (002 §9). */
    public String label() {
        return label;
    }

    /** Whether the note records a session with the family, and so carries WHO / AIM / METHOD / OUTCOME / ACTIONS. */
    public boolean isDirectSession() {
        return directSession;
    }
}
