package org.nottspartners.portal.earlyhelp.casework;

/** Where an early help case is, from referral to closure (RULES.md §3). */
public enum CaseStage {
    /** Received; the front door (EHU / MASH / Children and Families Direct) has not yet decided. */
    REFERRED("Referred", true),
    /** Passed to a team, which has not yet screened it. */
    WITH_TEAM("With a team, to screen", true),
    /** Screened; no capacity: on the team's waiting list. */
    WAITING("On the waiting list", true),
    /** A lead professional is allocated; assessment under way. */
    ALLOCATED("Allocated, assessing", true),
    /** Assessment done; Family Action Plan in place, reviewed at TAF meetings. */
    PLAN("Plan in place", true),
    CLOSED("Closed", false),
    DECLINED("Declined", false),
    REDIRECTED("Redirected", false);

    private final String label;
    private final boolean open;

    CaseStage(String label, boolean open) {
        this.label = label;
        this.open = open;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return open;
    }
}
