package org.nottspartners.portal.core.casenote;

/** The kinds of case note of 002 §9. Visits and contacts are direct sessions. */
public enum CaseNoteType {
    VISIT(true), CONTACT(true), INFORMATION_FROM_OTHER_AGENCY(false), CASE_DISCUSSION(false), DOCUMENT_REFERENCE(false),
    MANAGERS_DECISION(false), SUPERVISION(false), EMAIL(false), TELEPHONE_CALL(false), KEY_EVENT(false);

    private final boolean directSession;

    CaseNoteType(boolean directSession) {
        this.directSession = directSession;
    }

    /** Whether the note records a session with the family, and so carries WHO / AIM / METHOD / OUTCOME / ACTIONS. */
    public boolean isDirectSession() {
        return directSession;
    }
}
