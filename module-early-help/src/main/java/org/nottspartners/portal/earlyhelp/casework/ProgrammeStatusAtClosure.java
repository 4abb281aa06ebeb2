package org.nottspartners.portal.earlyhelp.casework;

/**
 * Whether closing a case asks for its family programme (payment by results) status (issue 23): County's practice
 * (002 §3g3, §3g5), not the City's, whose seed asks for none.
 */
public enum ProgrammeStatusAtClosure {
    REQUIRED("Every closure records the family programme status"),
    NOT_ASKED("Closures do not ask for a family programme status");

    private final String label;

    ProgrammeStatusAtClosure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
