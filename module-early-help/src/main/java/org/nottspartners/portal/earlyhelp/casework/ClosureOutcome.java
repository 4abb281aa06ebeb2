package org.nottspartners.portal.earlyhelp.casework;

/** How a case ended (RULES.md §3 "Closure"; 002 §3g3-§3g5, §3g escalation). */
public enum ClosureOutcome {
    FULLY_RESOLVED("Fully resolved"),
    PARTIALLY_RESOLVED("Partially resolved"),
    NOT_RESOLVED("Not resolved"),
    MOVED_OUT_OF_AREA("Moved out of area"),
    STEPPED_UP("Stepped up to children's social care"),
    NON_ENGAGEMENT("Closed: the family did not engage");

    private final String label;

    ClosureOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
