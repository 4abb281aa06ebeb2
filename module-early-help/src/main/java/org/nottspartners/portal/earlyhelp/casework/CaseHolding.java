package org.nottspartners.portal.earlyhelp.casework;

/**
 * Who holds an early help case in a council (issue 23; RULES.md §3 "City model"): a council setting, never a branch
 * on the council's name.
 */
public enum CaseHolding {
    /**
     * Partners refer; the council's front door decides and its early help teams allocate a lead professional and hold
     * the case (002 §2a15, §3a).
     */
    COUNCIL_TEAMS("Partners refer; the council's early help teams hold cases"),
    /**
     * Any practitioner who identifies additional needs starts a CAF and may hold it as lead professional, with a Team
     * around the Child from any agency; the council is not necessarily the case holder (001 L1146-1150, L1164-1173).
     */
    ANY_PRACTITIONER("Any practitioner may start a CAF and hold it as lead professional, with a Team around the Child");

    private final String label;

    CaseHolding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
