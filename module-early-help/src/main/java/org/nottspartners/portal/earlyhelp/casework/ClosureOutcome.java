package org.nottspartners.portal.earlyhelp.casework;

/**
 * How a case ended (RULES.md §3 "Closure"; 002 §3g3-§3g5, §3g escalation; the City's CAF closures, 001 L2086-2090).
 * Which of these a council records is its setting {@code early-help.closure-outcomes}.
 */
public enum ClosureOutcome {
    FULLY_RESOLVED("Fully resolved"),
    PARTIALLY_RESOLVED("Partially resolved"),
    NOT_RESOLVED("Not resolved"),
    MOVED_OUT_OF_AREA("Moved out of area"),
    STEPPED_UP("Stepped up to children's social care"),
    NON_ENGAGEMENT("Closed: the family did not engage"),
    /** The City's CAF closed with the family's needs met (001 L2086-2090). */
    NEEDS_MET("Needs met"),
    /** The City's CAF closed for a reason other than needs met or escalation (001 L2086-2090). */
    OTHER("Closed for another reason");

    private final String label;

    ClosureOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
